// Recording answers: grade on the server, move the FSRS card, append to the review log, all in one
// transaction. A resubmitted answer (same client id) is recorded once. Undo restores the exact prior state.
import "server-only";
import { db } from "../db";
import { isUniqueViolation, isWriteConflict } from "../db-errors";
import { isCorrect, ratingForAnswer, type Confidence } from "../srs/grade";
import { newCardState, schedule, type CardState, type Grade } from "../srs/scheduler";
import { CARD_STATE_FIELDS, fromSnapshot, toSnapshot } from "./snapshot";

export class StudyError extends Error {}

/**
 * Runs an answer's transaction, once more if a concurrent one won a race for the same row. SQLite
 * runs transactions one at a time; PostgreSQL runs them side by side, so two tabs may both find no
 * card (or no earlier answer) and both insert it. The loser's unique-key error (P2002) or write
 * conflict (P2034) is retried, and then it sees the winner's row: the same answer returns the same
 * result, another answer is scheduled after it.
 */
async function retryingRaces<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !(isUniqueViolation(error) || isWriteConflict(error))) throw error;
    }
  }
}

export type AnswerInput = {
  userId: string;
  setId: string;
  questionId: string;
  clientId: string;
  /** The choice or typed text; ignored for flashcards. */
  response: string;
  /** Flashcards only: the learner's own grade. */
  selfGrade?: Grade;
  durationMs?: number;
  now?: Date;
};

export type AnswerResult = { reviewId: string; correct: boolean | null; rating: number };

export async function recordAnswer(input: AnswerInput): Promise<AnswerResult> {
  const now = input.now ?? new Date();
  const question = await db.question.findFirst({
    where: { id: input.questionId, setId: input.setId, archivedAt: null },
    select: { type: true, choices: true, answers: true },
  });
  if (!question) throw new StudyError("That question is no longer in this set.");
  const correct = isCorrect({ type: question.type, choices: JSON.parse(question.choices), answers: JSON.parse(question.answers) }, input.response);
  const rating = correct === null ? input.selfGrade : ratingForAnswer(correct);
  if (!rating) throw new StudyError("Choose how well you knew it.");

  return retryingRaces(() => db.$transaction(async (tx) => {
    const earlier = await tx.review.findUnique({
      where: { clientId: input.clientId },
      select: { id: true, userId: true, correct: true, rating: true },
    });
    if (earlier) {
      if (earlier.userId !== input.userId) throw new StudyError("That answer was already recorded.");
      return { reviewId: earlier.id, correct: earlier.correct, rating: earlier.rating };
    }
    const card = await tx.card.findUnique({
      where: { userId_questionId: { userId: input.userId, questionId: input.questionId } },
      select: { id: true, version: true, ...CARD_STATE_FIELDS },
    });
    const before: CardState = card ?? newCardState(now);
    const after = schedule(before, rating, now);
    if (card) {
      const moved = await tx.card.updateMany({ where: { id: card.id, version: card.version }, data: { ...after, version: { increment: 1 } } });
      if (moved.count === 0) throw new StudyError("This question was just answered in another tab. Reload to continue.");
    } else {
      await tx.card.create({ data: { userId: input.userId, questionId: input.questionId, setId: input.setId, ...after } });
    }
    const review = await tx.review.create({
      data: {
        clientId: input.clientId, userId: input.userId, questionId: input.questionId, setId: input.setId, rating, correct,
        answer: question.type === "FLASHCARD" ? null : input.response.slice(0, 500), durationMs: input.durationMs,
        stateBefore: card ? toSnapshot(before) : null, stateAfter: toSnapshot(after), reviewedAt: now,
      },
      select: { id: true },
    });
    return { reviewId: review.id, correct, rating };
  }));
}

/** After a right answer the learner may say they guessed (Hard) or found it easy (Easy). */
export async function adjustConfidence(userId: string, reviewId: string, confidence: Confidence): Promise<void> {
  await db.$transaction(async (tx) => {
    const review = await tx.review.findFirst({ where: { id: reviewId, userId, undoneAt: null, correct: true } });
    if (!review) throw new StudyError("Only a right answer that still stands can be marked.");
    const card = await tx.card.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId: review.questionId } } });
    const latest = await tx.review.findFirst({ where: { userId, questionId: review.questionId, undoneAt: null }, orderBy: { reviewedAt: "desc" }, select: { id: true } });
    if (latest?.id !== review.id) throw new StudyError("That answer has been followed by another one.");
    const before = review.stateBefore ? fromSnapshot(review.stateBefore) : newCardState(review.reviewedAt);
    const rating = ratingForAnswer(true, confidence);
    const after = schedule(before, rating, review.reviewedAt);
    await tx.card.update({ where: { id: card.id }, data: { ...after, version: { increment: 1 } } });
    await tx.review.update({ where: { id: review.id }, data: { rating, stateAfter: toSnapshot(after) } });
  });
}

/** Takes back the learner's last answer in a set: the card returns to exactly its prior state. */
export async function undoLastAnswer(userId: string, setId: string, now = new Date()): Promise<{ questionId: string } | null> {
  return db.$transaction(async (tx) => {
    const review = await tx.review.findFirst({
      where: { userId, setId, undoneAt: null, mode: "SCHEDULED" },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
    });
    if (!review) return null;
    const where = { userId_questionId: { userId, questionId: review.questionId } };
    if (review.stateBefore) await tx.card.update({ where, data: { ...fromSnapshot(review.stateBefore), version: { increment: 1 } } });
    else await tx.card.delete({ where });
    await tx.review.update({ where: { id: review.id }, data: { undoneAt: now } });
    return { questionId: review.questionId };
  });
}
