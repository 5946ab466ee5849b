import { describe, expect, it } from "vitest";
import { isCorrect, ratingForAnswer } from "./grade";
import { Rating } from "./scheduler";

describe("ratingForAnswer", () => {
  it("maps wrong to Again and right to Good", () => {
    expect(ratingForAnswer(false)).toBe(Rating.Again);
    expect(ratingForAnswer(true)).toBe(Rating.Good);
  });
  it("lets a right answer be marked guessed (Hard) or easy (Easy), but never a wrong one", () => {
    expect(ratingForAnswer(true, "guessed")).toBe(Rating.Hard);
    expect(ratingForAnswer(true, "easy")).toBe(Rating.Easy);
    expect(ratingForAnswer(false, "easy")).toBe(Rating.Again);
    expect(ratingForAnswer(false, "guessed")).toBe(Rating.Again);
  });
});

describe("isCorrect", () => {
  const mc = { type: "MULTIPLE_CHOICE" as const, choices: ["Monday", "Tuesday"], answers: ["Tuesday"] };
  it("grades a choice by exact text", () => {
    expect(isCorrect(mc, "Tuesday")).toBe(true);
    expect(isCorrect(mc, "Monday")).toBe(false);
    expect(isCorrect(mc, "tuesday")).toBe(false);
    expect(isCorrect(mc, "")).toBe(false);
  });
  it("grades true/false", () => {
    const tf = { type: "TRUE_FALSE" as const, choices: ["True", "False"], answers: ["False"] };
    expect(isCorrect(tf, "False")).toBe(true);
    expect(isCorrect(tf, "True")).toBe(false);
  });
  it("grades typed answers leniently against every accepted variant", () => {
    const short = { type: "SHORT_ANSWER" as const, choices: [], answers: ["Guangzhou", "Beijing"] };
    expect(isCorrect(short, "beijing")).toBe(true);
    expect(isCorrect(short, "Guangzou")).toBe(true);
    expect(isCorrect(short, "Bangkok")).toBe(false);
    const cloze = { type: "CLOZE" as const, choices: [], answers: ["red line"] };
    expect(isCorrect(cloze, "Red-line")).toBe(true);
  });
  it("leaves flashcards to the learner", () => {
    expect(isCorrect({ type: "FLASHCARD", choices: [], answers: ["back"] }, "anything")).toBeNull();
  });
});
