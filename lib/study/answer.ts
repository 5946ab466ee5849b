// Recording answers: grade on the server, move the FSRS card, append to the review log, all in one
// transaction. A resubmitted answer (same client id) is recorded once. Undo restores the exact prior state.
// The grading and scheduling are here; the statements are named operations in lib/db/direct/, the only
// modules that write Card and Review (a lint rule holds the rest of the app to that).
import "server-only";
import { gradeResponse, ratingForAnswer, TYPED_TYPES, type Confidence, type GradableQuestion } from "../srs/grade";
import { newCardState, Rating, schedule, type CardState, type Grade } from "../srs/scheduler";
import { AppError } from "../errors/app-error";
import { NO_SUCH_SET } from "../content/set-access";
import { selectQuestionToGrade } from "../db/direct/question-to-grade";
import { recordAnswer as recordAnswerRows } from "../db/direct/record-answer";
import { adjustConfidence as adjustConfidenceRows } from "../db/direct/adjust-confidence";
import { overruleAnswer } from "../db/direct/overrule-answer";
import { undoLastAnswer as undoLastAnswerRows } from "../db/direct/undo-answer";

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

/** Re-scheduling from a prior state with `rating`, as of `at`; a card with no prior state starts new then. */
const rescheduleWith = (rating: Grade) => (before: CardState | null, at: Date) =>
  schedule(before ?? newCardState(at), rating, at);

/**
 * Grades an answer and records it: the hot path of the app, one transaction of four statements on the
 * database driver itself (lib/db/direct/record-answer.ts; the README's Performance section says why). A
 * resubmitted client id answers what was recorded then. Throws AppError "not-found" when the learner may
 * not read the set (lib/content/set-access.ts: it looks like no set), and others when the question has left the
 * set, a flashcard has no self-grade, the client id is another learner's, or another tab moved the card
 * between reading and writing it.
 */
export async function recordAnswer(input: AnswerInput): Promise<AnswerResult> {
  const now = input.now ?? new Date();
  // The read rule (lib/content/set-access.ts) is checked in the same statement that reads the question.
  const question = await selectQuestionToGrade(input.userId, input.questionId, input.setId);
  if (question === "unreadable") throw new AppError("not-found", { message: NO_SUCH_SET });
  if (question === "gone") throw new AppError("question-gone");
  const gradable: GradableQuestion = {
    type: question.type as GradableQuestion["type"],
    choices: JSON.parse(question.choices),
    answers: JSON.parse(question.answers),
  };
  const { correct, typo } = gradeResponse(gradable, input.response);
  const rating = correct === null ? input.selfGrade : ratingForAnswer(correct);
  if (!rating) throw new AppError("choose-grade");

  const answer = question.type === "FLASHCARD" ? null : input.response.slice(0, 500);
  const outcome = await recordAnswerRows(
    {
      userId: input.userId,
      setId: input.setId,
      questionId: input.questionId,
      clientId: input.clientId,
      rating,
      correct,
      answer,
      durationMs: input.durationMs ?? null,
      now,
    },
    (before) => rescheduleWith(rating)(before, now),
  );
  if (outcome.kind === "earlier") {
    const { earlier } = outcome;
    if (earlier.userId !== input.userId) throw new AppError("answer-taken");
    const typoThen = earlier.correct && earlier.answer !== null ? gradeResponse(gradable, earlier.answer).typo : null;
    return { reviewId: earlier.id, correct: earlier.correct, rating: earlier.rating, typo: typoThen };
  }
  if (outcome.kind === "card-moved") throw new AppError("answered-elsewhere");
  return { reviewId: outcome.reviewId, correct, rating, typo };
}

/** The messages for a re-rating that changed nothing (lib/db/direct/reschedule-latest.ts). */
function throwUnlessDone(outcome: "done" | "not-latest" | "no-card"): void {
  if (outcome === "not-latest") throw new AppError("answer-followed");
  if (outcome === "no-card") throw new AppError("no-schedule");
}

/**
 * After a right answer the learner may say they guessed (Hard) or found it easy (Easy): the card is
 * re-scheduled from the state it had before that answer, as if it had been graded so at the time. Only
 * the learner's latest answer to its question that still stands. Throws AppError otherwise, or when the
 * card is gone.
 */
export async function adjustConfidence(
  userId: string,
  reviewId: string,
  confidence: Confidence,
  now = new Date(),
): Promise<void> {
  const rating = ratingForAnswer(true, confidence);
  const outcome = await adjustConfidenceRows(userId, reviewId, rating, now, rescheduleWith(rating));
  if (outcome === "not-found") throw new AppError("cannot-mark");
  throwUnlessDone(outcome);
}

/**
 * "I was right": the learner overrules a wrong verdict on a typed answer (short answer or cloze). Only
 * their own latest answer to that question, scheduled (not practice), not undone and not overruled
 * before. The card is re-scheduled from the review's stateBefore as Good, as if it had been graded
 * right; the review keeps the typed answer and becomes correct, rated Good, with overruledAt set, so
 * the log shows it was overruled and the teacher's report lists it. Undo still restores stateBefore.
 * Throws AppError when the answer cannot be overruled, "not-found" when the learner may no longer read its
 * set (lib/content/set-access.ts). On the direct driver, like answers.
 */
export async function overruleVerdict(userId: string, reviewId: string, now = new Date()): Promise<void> {
  const outcome = await overruleAnswer(userId, reviewId, TYPED_TYPES, Rating.Good, now, rescheduleWith(Rating.Good));
  if (outcome === "unreadable") throw new AppError("not-found", { message: NO_SUCH_SET });
  if (outcome === "not-found") {
    throw new AppError("cannot-overrule");
  }
  throwUnlessDone(outcome);
}

/** Takes back the learner's last answer in a set: the card returns to exactly its prior state. Null when there is none. */
export function undoLastAnswer(
  userId: string,
  setId: string,
  now = new Date(),
): Promise<{ questionId: string } | null> {
  return undoLastAnswerRows(userId, setId, now);
}
