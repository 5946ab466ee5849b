import type { ReviewModel } from "../../generated/sqlite/models";
import { columnList, placeholders } from "./columns";
import { directSql } from "./driver";

/** One answer of the review log as a report reads it, raw: `correct` may be 1/0, dates ISO text (SQLite) or Date. */
export type AssignmentReviewRow = {
  userId: string;
  questionId: string;
  correct: boolean | number | null;
  rating: number | bigint;
  answer: string | null;
  reviewedAt: string | Date;
  overruledAt: string | Date | null;
};

const COLUMNS = columnList([
  "userId",
  "questionId",
  "correct",
  "rating",
  "answer",
  "reviewedAt",
  "overruledAt",
] as const satisfies readonly (keyof ReviewModel)[]);

/**
 * Every scheduled, not undone answer of the learners `userIds` to questions of the set `setId`: the one large
 * read of a teacher's report (students × questions rows), on the driver because Prisma's query builder spends
 * longer turning thousands of rows into objects than the database spends finding them. [] for no learners. The
 * driver keeps one prepared statement per length of `userIds` (per class size).
 */
export async function selectAssignmentReviews(
  userIds: readonly string[],
  setId: string,
): Promise<AssignmentReviewRow[]> {
  if (userIds.length === 0) return [];
  return directSql().all<AssignmentReviewRow>(
    `SELECT ${COLUMNS} FROM "Review" WHERE "userId" IN (${placeholders(userIds.length)}) AND "setId" = ? AND "undoneAt" IS NULL AND "mode" = 'SCHEDULED'`,
    ...userIds,
    setId,
  );
}
