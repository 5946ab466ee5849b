import { directSql } from "./driver";

/** A question as grading needs it; `choices` and `answers` are JSON arrays of strings, as stored. */
export type QuestionToGrade = { type: string; choices: string; answers: string };

/** The question `questionId` if it is in the set `setId` and not archived, else undefined. */
export function selectQuestionToGrade(questionId: string, setId: string): Promise<QuestionToGrade | undefined> {
  return directSql().one<QuestionToGrade>(
    `SELECT "type", "choices", "answers" FROM "Question" WHERE "id" = ? AND "setId" = ? AND "archivedAt" IS NULL AND "heldAt" IS NULL`,
    questionId,
    setId,
  );
}
