// A teacher's articles and sets written straight into a test database with Prisma, as the authoring forms
// would leave them (ids from newContentId, passages keyed, citations with their context).
import type { Database } from "../../lib/db/prisma-client";
import { newContentId } from "../../lib/authoring/ids";

export type TestArticle = { id: string; passages: { key: string; text: string }[] };

/** An article owned by `ownerId`, its passages keyed p1, p2, … in order; `archived` passages (by index) are archived. */
export async function makeArticle(
  db: Database,
  ownerId: string,
  fields: {
    title: string;
    outlet?: string;
    translationNote?: string;
    sourceUrl?: string;
    publishedOn?: string;
    passages: string[];
    archived?: number[];
  },
): Promise<TestArticle> {
  const id = newContentId();
  const passages = fields.passages.map((text, i) => ({ key: `p${i + 1}`, text }));
  await db.article.create({
    data: {
      id,
      ownerId,
      title: fields.title,
      outlet: fields.outlet,
      translationNote: fields.translationNote,
      sourceUrl: fields.sourceUrl,
      publishedOn: fields.publishedOn,
      contentHash: "test",
      passages: {
        create: passages.map((p, position) => ({
          id: `${id}/${p.key}`,
          key: p.key,
          position,
          text: p.text,
          archivedAt: fields.archived?.includes(position) ? new Date() : null,
        })),
      },
    },
  });
  return { id, passages: passages.filter((_, i) => !fields.archived?.includes(i)) };
}

export type TestQuestion = {
  type: "MULTIPLE_CHOICE" | "TRUE_FALSE" | "SHORT_ANSWER" | "CLOZE" | "FLASHCARD";
  prompt: string;
  choices?: string[];
  answers: string[];
  explanation: string;
  cite: { article: TestArticle; passage: string; quote: string }[];
  archived?: boolean;
  held?: boolean;
};

/** A set owned by `ownerId` with its questions (ids from newContentId) and citations; a draft unless `published`. */
export async function makeSet(
  db: Database,
  ownerId: string,
  fields: {
    title: string;
    description?: string;
    visibility?: "PRIVATE" | "LINK" | "PUBLIC";
    published?: boolean;
    questions: TestQuestion[];
  },
): Promise<{ id: string; questionIds: string[] }> {
  const id = newContentId();
  const questionIds = fields.questions.map(() => newContentId());
  const articleIds = [...new Set(fields.questions.flatMap((q) => q.cite.map((c) => c.article.id)))];
  await db.questionSet.create({
    data: {
      id,
      ownerId,
      title: fields.title,
      description: fields.description ?? "",
      visibility: fields.visibility ?? "PRIVATE",
      publishedAt: fields.published ? new Date() : null,
      contentHash: "test",
      articles: { create: articleIds.map((articleId) => ({ articleId })) },
      questions: {
        create: fields.questions.map((q, position) => ({
          id: questionIds[position],
          type: q.type,
          position,
          prompt: q.prompt,
          choices: JSON.stringify(q.choices ?? (q.type === "TRUE_FALSE" ? ["True", "False"] : [])),
          answers: JSON.stringify(q.answers),
          explanation: q.explanation,
          contentHash: "test",
          archivedAt: q.archived ? new Date() : null,
          heldAt: q.held ? new Date() : null,
          citations: {
            create: q.cite.map((c, i) => {
              const text = c.article.passages.find((p) => p.key === c.passage)?.text ?? "";
              const start = text.indexOf(c.quote);
              return {
                articleId: c.article.id,
                passageId: `${c.article.id}/${c.passage}`,
                quote: c.quote,
                prefix: start > 0 ? text.slice(Math.max(0, start - 32), start) : "",
                suffix: start >= 0 ? text.slice(start + c.quote.length, start + c.quote.length + 32) : "",
                start: start >= 0 ? start : null,
                end: start >= 0 ? start + c.quote.length : null,
                position: i,
              };
            }),
          },
        })),
      },
    },
  });
  return { id, questionIds };
}
