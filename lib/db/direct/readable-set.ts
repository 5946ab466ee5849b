// Who may read a question set, in SQL, for the paths that run on the driver: the set's page and the study
// and practice pages (selectReadableSet), answering (./question-to-grade.ts) and "I was right"
// (./overrule-answer.ts). lib/content/set-access.ts states the rule and holds the same rule as a Prisma
// `where` for lists; the authorization matrix (tests/integration/authoring-access.test.ts) runs both.
// Served by indexes: the set by its key, the assignment by "Assignment"("setId"), the membership by its key.
// Written as correlated subqueries, never as joins: on the benchmark's database (ANALYZEd, a million cards)
// SQLite answered the join several times slower (README, Performance, "The read rule rides in the answer's one
// statement").
import { directSql } from "./driver";

/**
 * A SQL expression, 1 when the viewer may read the set aliased `s` and 0 otherwise; it takes two
 * parameters, the viewer's id twice (null for nobody). The owner always; anyone else only once it is
 * published, and then when it is shared by link or public, or assigned to a live class they belong to.
 * The set's own archivedAt is the caller's condition.
 */
export const READABLE_SET = `CASE
  WHEN s."ownerId" = ? THEN 1
  WHEN s."publishedAt" IS NULL THEN 0
  WHEN s."visibility" <> 'PRIVATE' THEN 1
  WHEN EXISTS (SELECT 1 FROM "Assignment" a WHERE a."setId" = s."id"
    AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."classroomId" = a."classroomId" AND m."userId" = ?)
    AND (SELECT c."archivedAt" FROM "Classroom" c WHERE c."id" = a."classroomId") IS NULL) THEN 1
  ELSE 0 END`;

/**
 * A SQL scalar subquery: READABLE_SET for the live set whose id is the SQL expression `setId` (a column of
 * the outer query), NULL when there is no such live set. Takes READABLE_SET's two parameters.
 */
export const readableSetOf = (setId: string) =>
  `(SELECT ${READABLE_SET} FROM "QuestionSet" s WHERE s."id" = ${setId} AND s."archivedAt" IS NULL)`;

/** READABLE_SET's two parameters for `viewerId`. */
export const readableSetParams = (viewerId: string | null) => [viewerId, viewerId] as const;

/** A set row as selectReadableSet returns it, as the driver gives it (dates as text on SQLite, 0/1 for flags). */
export type ReadableSetRow = {
  id: string;
  ownerId: string | null;
  title: string;
  visibility: "PRIVATE" | "LINK" | "PUBLIC";
  publishedAt: string | Date | null;
  readable: number | boolean;
};

const SET = `SELECT s."id", s."ownerId", s."title", s."visibility", s."publishedAt", ${READABLE_SET} AS "readable"
  FROM "QuestionSet" s WHERE s."id" = ? AND s."archivedAt" IS NULL`;

/** The live (not archived) set `setId` with whether `viewerId` may read it, or undefined when there is none. */
export function selectReadableSet(viewerId: string | null, setId: string): Promise<ReadableSetRow | undefined> {
  return directSql().one<ReadableSetRow>(SET, ...readableSetParams(viewerId), setId);
}
