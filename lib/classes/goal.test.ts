import { describe, expect, it } from "vitest";
import { goalProgress, latestAnswers, type ReviewFact } from "./goal";

const at = (minute: number) => new Date(2026, 10, 23, 9, minute);
const review = (questionId: string, correct: boolean | null, minute: number, rating = correct ? 3 : 1): ReviewFact => ({
  userId: "u",
  questionId,
  correct,
  rating,
  answer: null,
  reviewedAt: at(minute),
});
const goal = { goalCoverage: 1, goalAccuracy: 0.8 };

describe("goalProgress", () => {
  it("counts each question by its latest answer", () => {
    const latest = latestAnswers([
      review("a", false, 1),
      review("a", true, 5),
      review("b", true, 2),
      review("b", false, 6),
    ]);
    expect(goalProgress("u", ["a", "b", "c"], latest, goal)).toEqual({
      answered: 2,
      total: 3,
      right: 1,
      accuracy: 0.5,
      met: false,
    });
  });

  it("is met only with every question answered and 80% right on the latest answers", () => {
    const ids = ["a", "b", "c", "d", "e"];
    const fourOfFive = latestAnswers(ids.map((id, i) => review(id, i < 4, i)));
    expect(goalProgress("u", ids, fourOfFive, goal).met).toBe(true);
    const threeOfFive = latestAnswers(ids.map((id, i) => review(id, i < 3, i)));
    expect(goalProgress("u", ids, threeOfFive, goal).met).toBe(false);
    const notAll = latestAnswers(ids.slice(0, 4).map((id, i) => review(id, true, i)));
    expect(goalProgress("u", ids, notAll, goal).met).toBe(false);
  });

  it("counts a flashcard graded Hard or better as right", () => {
    const latest = latestAnswers([review("f", null, 1, 2), review("g", null, 1, 1)]);
    expect(goalProgress("u", ["f", "g"], latest, { goalCoverage: 1, goalAccuracy: 0.5 })).toMatchObject({
      right: 1,
      met: true,
    });
  });
});
