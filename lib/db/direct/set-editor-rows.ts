// The set editor's two large reads (issue 17), on the driver: a set's questions with their citations, and the
// shown article's passages. Prisma's nested select ran several queries and compiled each, most of the page's
// reading time (README, Performance). Portable between SQLite and PostgreSQL; served by the indexes on Question
// (setId, …), Citation (questionId, position) and Passage (articleId, position).
import { directSql } from "./driver";

/** A question as the editor reads it: `choices` and `answers` are JSON text, `type` the database's enum name. */
export type EditorQuestionRow = {
  id: string;
  type: string;
  prompt: string;
  choices: string;
  answers: string;
  explanation: string;
  held: boolean;
  citations: EditorCitationRow[];
};

/** A citation as the editor reads it: `candidate` is JSON text (a QuoteAnchor) while its status is CHECK. */
export type EditorCitationRow = {
  id: string;
  quote: string;
  status: string;
  candidate: string | null;
  articleId: string;
  /** Its passage's position in its article, from 0. */
  /** The cited passage's place in its article (0-based), or null when the passage was removed by an edit. */
  passagePosition: number | null;
};

/** The set `setId`'s questions that are not archived, in order, each with its citations in order. */
export async function selectEditorQuestions(setId: string): Promise<EditorQuestionRow[]> {
  const sql = directSql();
  const [questions, citations] = await Promise.all([
    sql.all<Omit<EditorQuestionRow, "held" | "citations"> & { heldAt: unknown }>(
      `SELECT "id", "type", "prompt", "choices", "answers", "explanation", "heldAt" FROM "Question"
        WHERE "setId" = ? AND "archivedAt" IS NULL ORDER BY "position", "id"`,
      setId,
    ),
    sql.all<EditorCitationRow & { questionId: string }>(
      `SELECT c."id", c."questionId", c."quote", c."status", c."candidate", c."articleId",
        CASE WHEN p."archivedAt" IS NULL THEN p."position" END AS "passagePosition"
        FROM "Citation" c JOIN "Question" q ON q."id" = c."questionId" JOIN "Passage" p ON p."id" = c."passageId"
        WHERE q."setId" = ? AND q."archivedAt" IS NULL ORDER BY c."questionId", c."position"`,
      setId,
    ),
  ]);
  const byQuestion = new Map<string, EditorCitationRow[]>();
  for (const { questionId, ...citation } of citations) {
    const list = byQuestion.get(questionId);
    if (list) list.push(citation);
    else byQuestion.set(questionId, [citation]);
  }
  return questions.map(({ heldAt, ...q }) => ({
    ...q,
    held: heldAt !== null && heldAt !== undefined,
    citations: byQuestion.get(q.id) ?? [],
  }));
}

/**
 * The article `articleId`'s passages that are not archived, in order: all of them, or `count` of them from the
 * `offset`-th (0-based; passages' positions run 0, 1, 2… without gaps, lib/authoring/article-text.ts).
 */
export function selectArticlePassages(
  articleId: string,
  window?: { offset: number; count: number },
): Promise<{ id: string; key: string; position: number; text: string }[]> {
  const live = `FROM "Passage" WHERE "articleId" = ? AND "archivedAt" IS NULL`;
  return window
    ? directSql().all(
        `SELECT "id", "key", "position", "text" ${live} AND "position" >= ? AND "position" < ? ORDER BY "position"`,
        articleId,
        window.offset,
        window.offset + window.count,
      )
    : directSql().all(`SELECT "id", "key", "position", "text" ${live} ORDER BY "position"`, articleId);
}

/** How many passages the article `articleId` has that are not archived. */
export async function countArticlePassages(articleId: string): Promise<number> {
  const [row] = await directSql().all<{ n: number | string | bigint }>(
    `SELECT COUNT(*) AS "n" FROM "Passage" WHERE "articleId" = ? AND "archivedAt" IS NULL`,
    articleId,
  );
  return Number(row?.n ?? 0);
}

/** The articles the set `setId` draws on that are not archived (in no order): id, title and outlet. */
export function selectSetArticles(setId: string): Promise<{ id: string; title: string; outlet: string | null }[]> {
  return directSql().all(
    `SELECT a."id", a."title", a."outlet" FROM "SetArticle" sa JOIN "Article" a ON a."id" = sa."articleId"
      WHERE sa."setId" = ? AND a."archivedAt" IS NULL`,
    setId,
  );
}
