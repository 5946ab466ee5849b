import { directSql } from "./driver";
import { READABLE_SET, readableSetParams } from "./readable-set";

/** A question as grading needs it; `choices` and `answers` are JSON arrays of strings, as stored. */
export type QuestionToGrade = { type: string; choices: string; answers: string };

/**
 * `unreadable`: no live set `setId`, or one `userId` may not read (./readable-set.ts); `gone`: the set is
 * readable but `questionId` is not one of its studyable questions; else the question.
 */
export type QuestionToGradeOutcome = "unreadable" | "gone" | QuestionToGrade;

type Row = { readable: number | boolean; type: string | null; choices: string | null; answers: string | null };

// One statement, as before the access rule: the set by its key, the question by its key, the rule's
// assignment lookup on indexes (only for a published private set).
const QUESTION = `SELECT ${READABLE_SET} AS "readable", q."type", q."choices", q."answers"
  FROM "QuestionSet" s
  LEFT JOIN "Question" q ON q."id" = ? AND q."setId" = s."id" AND q."archivedAt" IS NULL AND q."heldAt" IS NULL
  WHERE s."id" = ? AND s."archivedAt" IS NULL`;

/** The question `questionId` of set `setId` for learner `userId` to answer, checking they may read the set. */
export async function selectQuestionToGrade(
  userId: string,
  questionId: string,
  setId: string,
): Promise<QuestionToGradeOutcome> {
  const row = await directSql().one<Row>(QUESTION, ...readableSetParams(userId), questionId, setId);
  if (!row || !Number(row.readable)) return "unreadable";
  if (row.type === null) return "gone";
  return { type: row.type, choices: row.choices!, answers: row.answers! };
}
