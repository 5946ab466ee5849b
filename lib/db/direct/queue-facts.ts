// What the study queue needs to know, in one SQL statement: how many of a learner's cards in a set are
// due, the first card due by a moment a little ahead (and whether it is due already), how many cards
// were introduced today, the learner's daily limit of new questions, and the first unseen question.
// On the driver because the study page asks this on every answer, where Prisma's per-query overhead would
// be most of the cost. Portable between SQLite and PostgreSQL; the due parts are served by the Card index
// (userId, setId, due). Free of "server-only" so the benchmark can time it (bench/probes.ts).
import { directSql, type Driver } from "./driver";

export type QueueFacts = {
  due: number;
  /** The first card due by `ahead`, soonest first; `firstIsDue` when it is due by `now`. */
  firstId: string | null;
  firstIsDue: boolean;
  introducedToday: number;
  newPerDay: number | null;
  unseen: number;
  /** The unseen question that comes first in the set. */
  freshId: string | null;
};

/**
 * The queue's facts for learner `userId` in set `setId`, on the app's driver: cards due by `now`, the first
 * due by `ahead`, cards created since `dayStart` (the start of the learner's study day).
 */
export function selectQueueFacts(
  userId: string,
  setId: string,
  now: Date,
  ahead: Date,
  dayStart: Date,
): Promise<QueueFacts> {
  return queueFacts(directSql(), userId, setId, now, ahead, dayStart);
}

/** selectQueueFacts on a driver of the caller's (the benchmark and its test open their own). */
export async function queueFacts(
  sql: Pick<Driver, "one">,
  userId: string,
  setId: string,
  now: Date,
  ahead: Date,
  dayStart: Date,
): Promise<QueueFacts> {
  const row = (await sql.one<Record<Exclude<keyof QueueFacts, "firstIsDue"> | "firstDue", unknown>>(
    `SELECT
      (SELECT count(*) FROM "Card" c JOIN "Question" q ON q."id" = c."questionId"
        WHERE c."userId" = ? AND c."setId" = ? AND c."due" <= ? AND q."archivedAt" IS NULL AND q."heldAt" IS NULL) AS "due",
      (SELECT c."questionId" FROM "Card" c JOIN "Question" q ON q."id" = c."questionId"
        WHERE c."userId" = ? AND c."setId" = ? AND c."due" <= ? AND q."archivedAt" IS NULL AND q."heldAt" IS NULL
        ORDER BY c."due" LIMIT 1) AS "firstId",
      (SELECT c."due" FROM "Card" c JOIN "Question" q ON q."id" = c."questionId"
        WHERE c."userId" = ? AND c."setId" = ? AND c."due" <= ? AND q."archivedAt" IS NULL AND q."heldAt" IS NULL
        ORDER BY c."due" LIMIT 1) AS "firstDue",
      (SELECT count(*) FROM "Card" c WHERE c."userId" = ? AND c."setId" = ? AND c."createdAt" >= ?) AS "introducedToday",
      (SELECT s."newPerDay" FROM "StudySetting" s WHERE s."userId" = ? AND s."setId" = ?) AS "newPerDay",
      (SELECT count(*) FROM "Question" q WHERE q."setId" = ? AND q."archivedAt" IS NULL AND q."heldAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "Card" c WHERE c."userId" = ? AND c."questionId" = q."id")) AS "unseen",
      (SELECT q."id" FROM "Question" q WHERE q."setId" = ? AND q."archivedAt" IS NULL AND q."heldAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "Card" c WHERE c."userId" = ? AND c."questionId" = q."id")
        ORDER BY q."position" LIMIT 1) AS "freshId"`,
    userId,
    setId,
    now,
    userId,
    setId,
    ahead,
    userId,
    setId,
    ahead,
    userId,
    setId,
    dayStart,
    userId,
    setId,
    setId,
    userId,
    setId,
    userId,
  ))!;
  const count = (value: unknown) => Number(value ?? 0);
  return {
    due: count(row.due),
    firstId: (row.firstId as string | null) ?? null,
    // A scalar subquery loses the column's type: SQLite gives the stored ISO text, PostgreSQL a Date.
    firstIsDue: row.firstDue !== null && new Date(row.firstDue as string | Date) <= now,
    introducedToday: count(row.introducedToday),
    newPerDay: row.newPerDay === null ? null : count(row.newPerDay),
    unseen: count(row.unseen),
    freshId: (row.freshId as string | null) ?? null,
  };
}
