import { directSql } from "./driver";
import { readableSetOf, readableSetParams, selectReadableSet } from "./readable-set";

/** A question as grading needs it; `choices` and `answers` are JSON arrays of strings, as stored. */
export type QuestionToGrade = { type: string; choices: string; answers: string };

/**
 * `unreadable`: no live set `setId`, or one `userId` may not read (./readable-set.ts); `gone`: the set is
 * readable but `questionId` is not one of its studyable questions; else the question.
 */
export type QuestionToGradeOutcome = "unreadable" | "gone" | QuestionToGrade;

type Row = QuestionToGrade & { readable: number | boolean | null };

// One statement: the question by its key, and whether the learner may read its set as a subquery (the
// set by its key; the rule's assignment lookup on indexes, only for a published private set).
const QUESTION = `SELECT q."type", q."choices", q."answers", ${readableSetOf(`q."setId"`)} AS "readable"
  FROM "Question" q WHERE q."id" = ? AND q."setId" = ? AND q."archivedAt" IS NULL AND q."heldAt" IS NULL`;

/**
 * The question `questionId` of set `setId` for learner `userId` to answer, with the read rule checked in the
 * same statement. Only when there is no such question is a second statement run, to tell a question gone
 * from a set that may not be read (which must look like no set at all).
 */
export async function selectQuestionToGrade(
  userId: string,
  questionId: string,
  setId: string,
): Promise<QuestionToGradeOutcome> {
  const row = await directSql().one<Row>(QUESTION, ...readableSetParams(userId), questionId, setId);
  if (row) return Number(row.readable) ? { type: row.type, choices: row.choices, answers: row.answers } : "unreadable";
  const set = await selectReadableSet(userId, setId);
  return set && Number(set.readable) ? "gone" : "unreadable";
}
