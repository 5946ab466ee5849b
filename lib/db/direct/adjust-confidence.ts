import type { Grade } from "../../srs/scheduler";
import { toSnapshot } from "../../study/snapshot";
import { directSql, one, run, type Statement } from "./driver";
import { rescheduleLatest, type Reschedule, type ReviewToRerate } from "./reschedule-latest";

/** `done`; `not-found`: no right, standing answer `reviewId` of the learner's; `not-latest`/`no-card` as in ./reschedule-latest.ts. Only `done` changed anything. */
export type AdjustedConfidence = "done" | "not-found" | "not-latest" | "no-card";

const RIGHT_ANSWER = `SELECT "id", "questionId", "stateBefore", "reviewedAt" FROM "Review" WHERE "id" = ? AND "userId" = ? AND "undoneAt" IS NULL AND "correct" = ?`;
const SET_RATING = `UPDATE "Review" SET "rating" = ?, "stateAfter" = ? WHERE "id" = ?`;

/**
 * Re-rates the learner's right answer `reviewId` as `rating`, in one transaction: the card re-scheduled by
 * `reschedule` (./reschedule-latest.ts), the review's rating and stateAfter set to match. On the driver, like
 * answers: on SQLite a transaction of Prisma's that read before an answer committed could not then write.
 */
export function adjustConfidence(
  userId: string,
  reviewId: string,
  rating: Grade,
  now: Date,
  reschedule: Reschedule,
): Promise<AdjustedConfidence> {
  return directSql().transaction(function* (): Generator<Statement, AdjustedConfidence, unknown> {
    const review = (yield one(RIGHT_ANSWER, reviewId, userId, true)) as ReviewToRerate | undefined;
    if (!review) return "not-found";
    const after = yield* rescheduleLatest(userId, review, reschedule, now);
    if (typeof after === "string") return after;
    yield run(SET_RATING, rating, toSnapshot(after), review.id);
    return "done";
  });
}
