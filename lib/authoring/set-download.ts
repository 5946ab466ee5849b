// A question set with every article it draws on, as content/'s files in a zip: the exchange format stays the
// files content/ holds (content/README.md), so `npm run content:check -- <folder>` accepts what a teacher downloads.
import "server-only";
import JSZip from "jszip";
import type { Viewer } from "../auth/viewer";
import { db } from "../db/client";
import { readableSet } from "../content/set-access";
import { articleMarkdown } from "../content/write-article";
import { setYaml } from "../content/write-set";

export type SetDownload = { title: string; zip: Uint8Array };

/** What the front matter's `note` says of a teacher's article beyond its text: where it came from and its date (content/ has no fields for them). */
function articleNote(article: { sourceUrl: string | null; publishedOn: string | null }): string | undefined {
  const parts = [
    article.publishedOn && `Dated ${article.publishedOn}.`,
    article.sourceUrl && `Source: ${article.sourceUrl}`,
  ];
  return parts.filter(Boolean).join(" ") || undefined;
}

/**
 * The set `setId` as a zip of `sets/<set id>.yaml` and `articles/<article id>.md` for every article it
 * cites or is linked to, in content/'s format (lib/content/write-set.ts, write-article.ts): the questions not
 * removed and citing something, in order, each citation as stored, and each article's passages not archived. A
 * question citing nothing yet (issue 18) is left out: content's format requires a citation, and content:check
 * would refuse the file. `title` is the set's,
 * for the file name. Whoever may read the set may download it (lib/content/set-access.ts readableSet).
 * Throws AppError "not-found" for a set the viewer may not read.
 */
export async function setDownload(viewer: Viewer | null, setId: string): Promise<SetDownload> {
  const readable = await readableSet(viewer, setId);
  const set = await db.questionSet.findUniqueOrThrow({
    where: { id: readable.id },
    select: {
      id: true,
      title: true,
      description: true,
      position: true,
      articles: { select: { articleId: true } },
      questions: {
        where: { archivedAt: null, citations: { some: {} } },
        orderBy: { position: "asc" },
        select: {
          id: true,
          type: true,
          prompt: true,
          choices: true,
          answers: true,
          explanation: true,
          citations: {
            orderBy: { position: "asc" },
            select: { articleId: true, quote: true, passage: { select: { key: true } } },
          },
        },
      },
    },
  });
  const articleIds = new Set(set.articles.map((a) => a.articleId));
  for (const q of set.questions) for (const c of q.citations) articleIds.add(c.articleId);
  const articles = await db.article.findMany({
    where: { id: { in: [...articleIds] } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      title: true,
      outlet: true,
      translationNote: true,
      sourceUrl: true,
      publishedOn: true,
      passages: { where: { archivedAt: null }, orderBy: { position: "asc" }, select: { key: true, text: true } },
    },
  });

  const zip = new JSZip();
  for (const a of articles) {
    const markdown = articleMarkdown({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      translation: a.translationNote,
      note: articleNote(a),
      passages: a.passages,
    });
    zip.file(`articles/${a.id}.md`, markdown);
  }
  const yaml = setYaml({
    id: set.id,
    title: set.title,
    description: set.description,
    order: set.position,
    questions: set.questions.map((q) => ({
      id: q.id,
      type: q.type,
      prompt: q.prompt,
      choices: JSON.parse(q.choices) as string[],
      answers: JSON.parse(q.answers) as string[],
      explanation: q.explanation,
      citations: q.citations.map((c) => ({ article: c.articleId, passage: c.passage.key, quote: c.quote })),
    })),
  });
  zip.file(`sets/${set.id}.yaml`, yaml);
  return { title: set.title, zip: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) };
}
