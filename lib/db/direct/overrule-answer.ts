import type { Grade } from "../../srs/scheduler";
import { toSnapshot } from "../../study/snapshot";
import { directSql, one, run, type Statement } from "./driver";
import { readableSetOf, readableSetParams } from "./readable-set";
import { rescheduleLatest, type Reschedule, type ReviewToRerate } from "./reschedule-latest";

/** `done`; `not-found`: no wrong, standing, not yet overruled scheduled answer `reviewId` of the learner's to a question of `types`; `unreadable`: the learner may no longer read its set; `not-latest`/`no-card` as in ./reschedule-latest.ts. Only `done` changed anything. */
export type OverruledAnswer = "done" | "not-found" | "unreadable" | "not-latest" | "no-card";

// With whether the learner may still read the review's set (./readable-set.ts): one who may not is refused.
const WRONG_ANSWER = `SELECT r."id", r."questionId", r."stateBefore", r."reviewedAt", q."type",
    ${readableSetOf(`r."setId"`)} AS "readable"
  FROM "Review" r JOIN "Question" q ON q."id" = r."questionId"
  WHERE r."id" = ? AND r."userId" = ? AND r."undoneAt" IS NULL AND r."mode" = 'SCHEDULED' AND r."correct" = ? AND r."overruledAt" IS NULL`;
const SET_RIGHT = `UPDATE "Review" SET "correct" = ?, "rating" = ?, "stateAfter" = ?, "overruledAt" = ? WHERE "id" = ?`;

/**
 * Counts the learner's wrong answer `reviewId` as right, rated `rating`, in one transaction: the card
 * re-scheduled by `reschedule` (./reschedule-latest.ts); the review keeps its typed answer and becomes
 * correct with that rating and stateAfter, overruledAt set to `now`.
 */
export function overruleAnswer(
  userId: string,
  reviewId: string,
  types: readonly string[],
  rating: Grade,
  now: Date,
  reschedule: Reschedule,
): Promise<OverruledAnswer> {
  return directSql().transaction(function* (): Generator<Statement, OverruledAnswer, unknown> {
    const review = (yield one(WRONG_ANSWER, ...readableSetParams(userId), reviewId, userId, false)) as
      (ReviewToRerate & { type: string; readable: number | boolean | null }) | undefined;
    if (review && !Number(review.readable)) return "unreadable";
    if (!review || !types.includes(review.type)) return "not-found";
    const after = yield* rescheduleLatest(userId, review, reschedule, now);
    if (typeof after === "string") return after;
    yield run(SET_RIGHT, true, rating, toSnapshot(after), now, review.id);
    return "done";
  });
}
