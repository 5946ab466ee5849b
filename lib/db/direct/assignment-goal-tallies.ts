import { Rating } from "../../srs/scheduler";
import { placeholders } from "./columns";
import { directSql } from "./driver";

/** One learner's standing on one assignment, raw: counts may be bigint or text on PostgreSQL. */
export type AssignmentGoalTallyRow = {
  assignmentId: string;
  userId: string;
  /** Questions of the set (not archived) the learner has answered. */
  answered: number | bigint | string;
  /** Of those, how many their latest answer got right. */
  right: number | bigint | string;
};

/**
 * For each of the assignments `assignmentIds` and each member of its class who has answered, how many of the
 * set's questions (not archived) they have answered and how many their latest answer got right: the class
 * report's goal facts (lib/classes/goal.ts: the latest scheduled, not undone answer to each question counts;
 * right as graded, or for a self-graded flashcard from Hard up, lib/srs/scheduler.ts isRemembered), tallied by
 * the database. The teacher's home reads every class's standing in this one statement rather than a report's
 * answer-by-answer read per class: a learner's row instead of their every answer, which took several times
 * longer read as rows. [] for no assignments.
 */
export async function selectAssignmentGoalTallies(assignmentIds: readonly string[]): Promise<AssignmentGoalTallyRow[]> {
  if (assignmentIds.length === 0) return [];
  return directSql().all<AssignmentGoalTallyRow>(
    `SELECT "assignmentId", "userId", COUNT(*) AS "answered", SUM("isRight") AS "right" FROM (
       SELECT a."id" AS "assignmentId", r."userId",
         CASE WHEN r."correct" IS NULL THEN CASE WHEN r."rating" >= ? THEN 1 ELSE 0 END
              WHEN r."correct" THEN 1 ELSE 0 END AS "isRight",
         ROW_NUMBER() OVER (PARTITION BY a."id", r."userId", r."questionId" ORDER BY r."reviewedAt" DESC) AS "recency"
       FROM "Assignment" a
         JOIN "Membership" m ON m."classroomId" = a."classroomId"
         JOIN "Review" r ON r."userId" = m."userId" AND r."setId" = a."setId"
         JOIN "Question" q ON q."id" = r."questionId" AND q."archivedAt" IS NULL
       WHERE a."id" IN (${placeholders(assignmentIds.length)}) AND r."undoneAt" IS NULL AND r."mode" = 'SCHEDULED'
     ) "latest"
     WHERE "recency" = 1
     GROUP BY "assignmentId", "userId"`,
    Rating.Hard,
    ...assignmentIds,
  );
}
