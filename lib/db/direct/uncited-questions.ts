// The questions of a set that cite nothing (lib/drafts/evidence-proposals.ts), on the driver: the set editor
// asks on every load and almost always gets none back, so Prisma's compile was nearly all its cost (README,
// Performance). Served by the index on Question (setId, …) and Citation's (questionId, position).
import { directSql } from "./driver";

/** A question as "find the evidence" reads it: `choices` and `answers` JSON text, `type` the database's enum name. */
export type UncitedQuestionRow = { id: string; type: string; prompt: string; choices: string; answers: string };

const UNCITED = `SELECT q."id", q."type", q."prompt", q."choices", q."answers" FROM "Question" q
  WHERE q."setId" = ? AND q."archivedAt" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "Citation" c WHERE c."questionId" = q."id")
  ORDER BY q."position", q."id" LIMIT ?`;

/** At most `limit` of the set `setId`'s live questions without a citation, in the set's order. */
export function selectUncitedQuestions(setId: string, limit: number): Promise<UncitedQuestionRow[]> {
  return directSql().all<UncitedQuestionRow>(UNCITED, setId, limit);
}
