import type { CardState } from "../../srs/scheduler";
import { fromSnapshot } from "../../study/snapshot";
import { one, type Statement } from "./driver";
import { setCardState } from "./set-card-state";

/** Where a card goes when an answer is re-rated: from the state it had before that answer (null: it had none), as of when it was given. */
export type Reschedule = (before: CardState | null, reviewedAt: Date) => CardState;

/** A review to re-rate, as its transaction read it. */
export type ReviewToRerate = { id: string; questionId: string; stateBefore: string | null; reviewedAt: string | Date };

const LATEST = `SELECT "id" FROM "Review" WHERE "userId" = ? AND "questionId" = ? AND "undoneAt" IS NULL ORDER BY "reviewedAt" DESC LIMIT 1`;

/**
 * Statements for a transaction of ./adjust-confidence.ts or ./overrule-answer.ts: re-schedules the card of
 * `review` with `reschedule`, as if the answer had been graded so at the time. Only while the review is the
 * learner's latest not-undone answer to its question. Answers the card's new state, or `not-latest` (a later
 * answer exists) or `no-card` (the card is gone), having changed nothing.
 */
export function* rescheduleLatest(
  userId: string,
  review: ReviewToRerate,
  reschedule: Reschedule,
  now: Date,
): Generator<Statement, CardState | "not-latest" | "no-card", unknown> {
  const latest = (yield one(LATEST, userId, review.questionId)) as { id: string } | undefined;
  if (latest?.id !== review.id) return "not-latest";
  const reviewedAt = new Date(review.reviewedAt);
  const after = reschedule(review.stateBefore ? fromSnapshot(review.stateBefore) : null, reviewedAt);
  const moved = (yield setCardState(after, now, { userId, questionId: review.questionId })) as number;
  return moved === 0 ? "no-card" : after;
}
