// Recording answers: grade on the server, move the FSRS card, append to the review log, all in one
// transaction. A resubmitted answer (same client id) is recorded once. Undo restores the exact prior state.
import "server-only";
import { isUniqueViolation, isWriteConflict } from "../db/errors";
import { gradeResponse, ratingForAnswer, TYPED_TYPES, type Confidence, type GradableQuestion } from "../srs/grade";
import { newCardState, Rating, schedule, type CardState, type Grade } from "../srs/scheduler";
import { fromSnapshot, toSnapshot } from "./snapshot";
import { newId } from "../db/ids";
import { directSql, one, run, type Statement } from "../db/direct/driver";
import { AppError } from "../errors/app-error";


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

/** `typo`: the accepted spelling when a typed answer was right only as a slip of it, else null. */
export type AnswerResult = { reviewId: string; correct: boolean | null; rating: number; typo: string | null };

type StoredCard = CardState & { id: string; version: number };

type Earlier = { id: string; userId: string; correct: boolean | number | null; rating: number; answer: string | null };

/**
 * Grades an answer and records it. The hot path of the app: four statements in one transaction on the
 * database driver itself (lib/db/direct/driver.ts), since Prisma 6 costs about half a millisecond a query and
 * more inside an interactive transaction; see bench/ and the README's Performance section.
 */
export async function recordAnswer(input: AnswerInput): Promise<AnswerResult> {
  const now = input.now ?? new Date();
  const sql = directSql();
  const question = await sql.one<{ type: string; choices: string; answers: string }>(
    `SELECT "type", "choices", "answers" FROM "Question" WHERE "id" = ? AND "setId" = ? AND "archivedAt" IS NULL`, input.questionId, input.setId);
  if (!question) throw new AppError("question-gone");
  const gradable: GradableQuestion = { type: question.type as GradableQuestion["type"], choices: JSON.parse(question.choices), answers: JSON.parse(question.answers) };
  const { correct, typo } = gradeResponse(gradable, input.response);
  const rating = correct === null ? input.selfGrade : ratingForAnswer(correct);
  if (!rating) throw new AppError("choose-grade");

  return retryingRaces(() => sql.transaction(function* (): Generator<Statement, AnswerResult, unknown> {
    const earlier = (yield one(`SELECT "id", "userId", "correct", "rating", "answer" FROM "Review" WHERE "clientId" = ?`, input.clientId)) as Earlier | undefined;
    if (earlier) {
      if (earlier.userId !== input.userId) throw new AppError("answer-taken");
      const correctThen = earlier.correct === null ? null : Boolean(earlier.correct);
      const typoThen = correctThen && earlier.answer !== null ? gradeResponse(gradable, earlier.answer).typo : null;
      return { reviewId: earlier.id, correct: correctThen, rating: Number(earlier.rating), typo: typoThen };
    }
    const card = (yield one(
      `SELECT "id", "version", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview"
       FROM "Card" WHERE "userId" = ? AND "questionId" = ?`, input.userId, input.questionId)) as StoredCard | undefined;
    const before: CardState = card ? storedState(card) : newCardState(now);
    const a = schedule(before, rating, now);
    if (card) {
      const moved = (yield setCardState(a, now, { id: card.id, version: card.version })) as number;
      if (moved === 0) throw new AppError("answered-elsewhere");
    } else {
      yield run(
        `INSERT INTO "Card" ("id", "userId", "questionId", "setId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
           "learningSteps", "reps", "lapses", "state", "lastReview", "version", "createdAt", "updatedAt")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
        newId(), input.userId, input.questionId, input.setId, a.due, a.stability, a.difficulty, a.elapsedDays, a.scheduledDays,
        a.learningSteps, a.reps, a.lapses, a.state, a.lastReview, now, now);
    }
    const reviewId = newId();
    const answer = question.type === "FLASHCARD" ? null : input.response.slice(0, 500);
    yield run(
      `INSERT INTO "Review" ("id", "clientId", "userId", "questionId", "setId", "mode", "rating", "correct", "answer", "durationMs",
         "stateBefore", "stateAfter", "reviewedAt")
       VALUES (?, ?, ?, ?, ?, 'SCHEDULED', ?, ?, ?, ?, ?, ?, ?)`,
      reviewId, input.clientId, input.userId, input.questionId, input.setId, rating, correct, answer, input.durationMs ?? null,
      card ? toSnapshot(before) : null, toSnapshot(a), now);
    return { reviewId, correct, rating, typo };
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

/** Sets a card's scheduling state (by id at a known version, or by learner and question) and moves its version on. */
function setCardState(a: CardState, now: Date, where: { id: string; version: number } | { userId: string; questionId: string }): Statement {
  const fields = `"due" = ?, "stability" = ?, "difficulty" = ?, "elapsedDays" = ?, "scheduledDays" = ?, "learningSteps" = ?,
    "reps" = ?, "lapses" = ?, "state" = ?, "lastReview" = ?, "version" = "version" + 1, "updatedAt" = ?`;
  const values = [a.due, a.stability, a.difficulty, a.elapsedDays, a.scheduledDays, a.learningSteps, a.reps, a.lapses, a.state, a.lastReview, now];
  if ("userId" in where) return run(`UPDATE "Card" SET ${fields} WHERE "userId" = ? AND "questionId" = ?`, ...values, where.userId, where.questionId);
  return run(`UPDATE "Card" SET ${fields} WHERE "id" = ? AND "version" = ?`, ...values, where.id, where.version);
}

type ReviewToRerate = { id: string; questionId: string; stateBefore: string | null; reviewedAt: string | Date };

/**
 * Inside a directSql transaction: re-schedules the card of `review` from the state it had before that
 * answer, with `rating`, as if the answer had been graded so at the time. Only while the review is the
 * learner's latest not-undone answer to its question. Answers the card's new state; throws AppError
 * when a later answer exists or the card is gone.
 */
function* rescheduleLatest(userId: string, review: ReviewToRerate, rating: Grade, now: Date): Generator<Statement, CardState, unknown> {
  const latest = (yield one(
    `SELECT "id" FROM "Review" WHERE "userId" = ? AND "questionId" = ? AND "undoneAt" IS NULL ORDER BY "reviewedAt" DESC LIMIT 1`,
    userId, review.questionId)) as { id: string } | undefined;
  if (latest?.id !== review.id) throw new AppError("answer-followed");
  const reviewedAt = new Date(review.reviewedAt);
  const before = review.stateBefore ? fromSnapshot(review.stateBefore) : newCardState(reviewedAt);
  const after = schedule(before, rating, reviewedAt);
  const moved = (yield setCardState(after, now, { userId, questionId: review.questionId })) as number;
  if (moved === 0) throw new AppError("no-schedule");
  return after;
}

/**
 * After a right answer the learner may say they guessed (Hard) or found it easy (Easy). On the same
 * driver as answers: on SQLite a transaction of Prisma's that read before an answer committed could not
 * then write.
 */
export async function adjustConfidence(userId: string, reviewId: string, confidence: Confidence, now = new Date()): Promise<void> {
  await directSql().transaction(function* (): Generator<Statement, void, unknown> {
    const review = (yield one(
      `SELECT "id", "questionId", "stateBefore", "reviewedAt" FROM "Review" WHERE "id" = ? AND "userId" = ? AND "undoneAt" IS NULL AND "correct" = ?`,
      reviewId, userId, true)) as { id: string; questionId: string; stateBefore: string | null; reviewedAt: string | Date } | undefined;
    if (!review) throw new AppError("cannot-mark");
    const rating = ratingForAnswer(true, confidence);
    const after = yield* rescheduleLatest(userId, review, rating, now);
    yield run(`UPDATE "Review" SET "rating" = ?, "stateAfter" = ? WHERE "id" = ?`, rating, toSnapshot(after), review.id);
  });
}

/**
 * "I was right": the learner overrules a wrong verdict on a typed answer (short answer or cloze). Only
 * their own latest answer to that question, scheduled (not practice), not undone and not overruled
 * before. The card is re-scheduled from the review's stateBefore as Good, as if it had been graded
 * right; the review keeps the typed answer and becomes correct, rated Good, with overruledAt set, so
 * the log shows it was overruled and the teacher's report lists it. Undo still restores stateBefore.
 * Throws AppError when the answer cannot be overruled. On the direct driver, like answers.
 */
export async function overruleVerdict(userId: string, reviewId: string, now = new Date()): Promise<void> {
  await directSql().transaction(function* (): Generator<Statement, void, unknown> {
    const review = (yield one(
      `SELECT r."id", r."questionId", r."stateBefore", r."reviewedAt", q."type" FROM "Review" r JOIN "Question" q ON q."id" = r."questionId"
       WHERE r."id" = ? AND r."userId" = ? AND r."undoneAt" IS NULL AND r."mode" = 'SCHEDULED' AND r."correct" = ? AND r."overruledAt" IS NULL`,
      reviewId, userId, false)) as { id: string; questionId: string; stateBefore: string | null; reviewedAt: string | Date; type: string } | undefined;
    if (!review || !(TYPED_TYPES as readonly string[]).includes(review.type)) {
      throw new AppError("cannot-overrule");
    }
    const after = yield* rescheduleLatest(userId, review, Rating.Good, now);
    yield run(`UPDATE "Review" SET "correct" = ?, "rating" = ?, "stateAfter" = ?, "overruledAt" = ? WHERE "id" = ?`,
      true, Rating.Good, toSnapshot(after), now, review.id);
  });
}

/** Takes back the learner's last answer in a set: the card returns to exactly its prior state. */
export async function undoLastAnswer(userId: string, setId: string, now = new Date()): Promise<{ questionId: string } | null> {
  return directSql().transaction(function* (): Generator<Statement, { questionId: string } | null, unknown> {
    const review = (yield one(
      `SELECT "id", "questionId", "stateBefore" FROM "Review" WHERE "userId" = ? AND "setId" = ? AND "undoneAt" IS NULL AND "mode" = 'SCHEDULED'
       ORDER BY "reviewedAt" DESC, "id" DESC LIMIT 1`,
      userId, setId)) as { id: string; questionId: string; stateBefore: string | null } | undefined;
    if (!review) return null;
    const card = { userId, questionId: review.questionId };
    if (review.stateBefore) yield setCardState(fromSnapshot(review.stateBefore), now, card);
    else yield run(`DELETE FROM "Card" WHERE "userId" = ? AND "questionId" = ?`, userId, review.questionId);
    yield run(`UPDATE "Review" SET "undoneAt" = ? WHERE "id" = ?`, now, review.id);
    return { questionId: review.questionId };
  });
}
