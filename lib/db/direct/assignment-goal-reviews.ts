import type { ReviewModel } from "../../generated/sqlite/models";
import { columnList, placeholders } from "./columns";
import { directSql } from "./driver";

/** One answer toward an assignment's goal, raw: `correct` may be 1/0, `reviewedAt` ISO text (SQLite) or a Date. */
export type AssignmentGoalReviewRow = {
  assignmentId: string;
  userId: string;
  questionId: string;
  correct: boolean | number | null;
  rating: number | bigint;
  reviewedAt: string | Date;
};

const COLUMNS = columnList(
  ["userId", "questionId", "correct", "rating", "reviewedAt"] as const satisfies readonly (keyof ReviewModel)[],
  "r.",
);

/**
 * Every scheduled, not undone answer that counts toward the assignments `assignmentIds`: each answer of a
 * member of the assignment's class to a question of its set, tagged with the assignment. The teacher's home
 * counts who is on track for every class's next assignment from this one read, instead of one report per
 * class (lib/db/direct/assignment-reviews.ts is the report's own). [] for no assignments.
 */
export async function selectAssignmentGoalReviews(
  assignmentIds: readonly string[],
): Promise<AssignmentGoalReviewRow[]> {
  if (assignmentIds.length === 0) return [];
  return directSql().all<AssignmentGoalReviewRow>(
    `SELECT a."id" AS "assignmentId", ${COLUMNS} FROM "Assignment" a
       JOIN "Membership" m ON m."classroomId" = a."classroomId"
       JOIN "Review" r ON r."userId" = m."userId" AND r."setId" = a."setId"
     WHERE a."id" IN (${placeholders(assignmentIds.length)}) AND r."undoneAt" IS NULL AND r."mode" = 'SCHEDULED'`,
    ...assignmentIds,
  );
}
