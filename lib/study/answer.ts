// Recording answers: grade on the server, move the FSRS card, append to the review log, all in one
// transaction. A resubmitted answer (same client id) is recorded once. Undo restores the exact prior state.
import "server-only";
import { db } from "../db";
import { isUniqueViolation, isWriteConflict } from "../db-errors";
import { isCorrect, ratingForAnswer, type Confidence, type GradableQuestion } from "../srs/grade";
import { newCardState, schedule, type CardState, type Grade } from "../srs/scheduler";
import { fromSnapshot, toSnapshot } from "./snapshot";
import { newId } from "../ids";

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

type StoredCard = CardState & { id: string; version: number };

/**
 * Grades an answer and records it. The hot path of the app, so it is four raw statements in one
 * transaction rather than Prisma's query builder, which compiles each query anew (about half a
 * millisecond apiece in Prisma 6); see bench/ and the README's Performance section.
 */
export async function recordAnswer(input: AnswerInput): Promise<AnswerResult> {
  const now = input.now ?? new Date();
  const [question] = await db.$queryRaw<{ type: string; choices: string; answers: string }[]>`
    SELECT "type", "choices", "answers" FROM "Question"
    WHERE "id" = ${input.questionId} AND "setId" = ${input.setId} AND "archivedAt" IS NULL`;
  if (!question) throw new StudyError("That question is no longer in this set.");
  const correct = isCorrect({ type: question.type as GradableQuestion["type"], choices: JSON.parse(question.choices), answers: JSON.parse(question.answers) }, input.response);
  const rating = correct === null ? input.selfGrade : ratingForAnswer(correct);
  if (!rating) throw new StudyError("Choose how well you knew it.");

  return retryingRaces(() => db.$transaction(async (tx) => {
    const [earlier] = await tx.$queryRaw<{ id: string; userId: string; correct: boolean | null; rating: number }[]>`
      SELECT "id", "userId", "correct", "rating" FROM "Review" WHERE "clientId" = ${input.clientId}`;
    if (earlier) {
      if (earlier.userId !== input.userId) throw new StudyError("That answer was already recorded.");
      return { reviewId: earlier.id, correct: earlier.correct === null ? null : Boolean(earlier.correct), rating: Number(earlier.rating) };
    }
    const [card] = await tx.$queryRaw<StoredCard[]>`
      SELECT "id", "version", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview"
      FROM "Card" WHERE "userId" = ${input.userId} AND "questionId" = ${input.questionId}`;
    const before: CardState = card ? storedState(card) : newCardState(now);
    const a = schedule(before, rating, now);
    if (card) {
      const moved = await tx.$executeRaw`
        UPDATE "Card" SET "due" = ${a.due}, "stability" = ${a.stability}, "difficulty" = ${a.difficulty}, "elapsedDays" = ${a.elapsedDays},
          "scheduledDays" = ${a.scheduledDays}, "learningSteps" = ${a.learningSteps}, "reps" = ${a.reps}, "lapses" = ${a.lapses},
          "state" = ${a.state}, "lastReview" = ${a.lastReview}, "version" = "version" + 1, "updatedAt" = ${now}
        WHERE "id" = ${card.id} AND "version" = ${card.version}`;
      if (moved === 0) throw new StudyError("This question was just answered in another tab. Reload to continue.");
    } else {
      await tx.$executeRaw`
        INSERT INTO "Card" ("id", "userId", "questionId", "setId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
          "learningSteps", "reps", "lapses", "state", "lastReview", "version", "createdAt", "updatedAt")
        VALUES (${newId()}, ${input.userId}, ${input.questionId}, ${input.setId}, ${a.due}, ${a.stability}, ${a.difficulty}, ${a.elapsedDays},
          ${a.scheduledDays}, ${a.learningSteps}, ${a.reps}, ${a.lapses}, ${a.state}, ${a.lastReview}, 0, ${now}, ${now})`;
    }
    const reviewId = newId();
    const answer = question.type === "FLASHCARD" ? null : input.response.slice(0, 500);
    await tx.$executeRaw`
      INSERT INTO "Review" ("id", "clientId", "userId", "questionId", "setId", "mode", "rating", "correct", "answer", "durationMs",
        "stateBefore", "stateAfter", "reviewedAt")
      VALUES (${reviewId}, ${input.clientId}, ${input.userId}, ${input.questionId}, ${input.setId}, 'SCHEDULED', ${rating}, ${correct},
        ${answer}, ${input.durationMs ?? null}, ${card ? toSnapshot(before) : null}, ${toSnapshot(a)}, ${now})`;
    return { reviewId, correct, rating };
  }));
}

/** A card row as raw SQL returns it: numbers may come back as BigInt or float, dates as Date. */
function storedState(card: StoredCard): CardState {
  return {
    due: new Date(card.due), stability: Number(card.stability), difficulty: Number(card.difficulty),
    elapsedDays: Number(card.elapsedDays), scheduledDays: Number(card.scheduledDays), learningSteps: Number(card.learningSteps),
    reps: Number(card.reps), lapses: Number(card.lapses), state: Number(card.state), lastReview: card.lastReview ? new Date(card.lastReview) : null,
  };
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
