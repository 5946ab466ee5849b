// Progress toward an assignment's goal, from the review log: each question counts by its latest
// answer (right, or for flashcards graded Hard or better).
import { isRemembered } from "../srs/scheduler";

/** One answer from the review log; `overruledAt` is set when the learner overruled a "wrong" verdict (then `correct` is true). */
export type ReviewFact = {
  userId: string;
  questionId: string;
  correct: boolean | null;
  rating: number;
  answer: string | null;
  reviewedAt: Date;
  overruledAt?: Date | string | null;
};
export type Goal = { goalCoverage: number; goalAccuracy: number };
export type GoalProgress = { answered: number; total: number; right: number; accuracy: number | null; met: boolean };

/** A review counts as right when it was graded right, or (a flashcard, graded by the learner) remembered. */
export const isRight = (r: Pick<ReviewFact, "correct" | "rating">) => r.correct ?? isRemembered(r.rating);

/** The latest answer of each learner to each question, keyed "userId questionId". */
export function latestAnswers(reviews: ReviewFact[]): Map<string, ReviewFact> {
  const latest = new Map<string, ReviewFact>();
  for (const r of reviews) {
    const key = `${r.userId} ${r.questionId}`;
    const seen = latest.get(key);
    if (!seen || seen.reviewedAt < r.reviewedAt) latest.set(key, r);
  }
  return latest;
}

export function goalProgress(
  userId: string,
  questionIds: string[],
  latest: Map<string, ReviewFact>,
  goal: Goal,
): GoalProgress {
  let answered = 0;
  let right = 0;
  for (const id of questionIds) {
    const answer = latest.get(`${userId} ${id}`);
    if (!answer) continue;
    answered++;
    if (isRight(answer)) right++;
  }
  const total = questionIds.length;
  const accuracy = answered > 0 ? right / answered : null;
  return { answered, total, right, accuracy, met: meetsGoal(total, answered, right, goal) };
}

/**
 * Whether `answered` of `total` questions, `right` of them by the latest answers, meet the goal: at least its
 * share answered (goalCoverage) with at least its share of those right (goalAccuracy); never for an empty set.
 */
export function meetsGoal(total: number, answered: number, right: number, goal: Goal): boolean {
  const accuracy = answered > 0 ? right / answered : 0;
  return total > 0 && answered / total >= goal.goalCoverage && accuracy >= goal.goalAccuracy;
}
