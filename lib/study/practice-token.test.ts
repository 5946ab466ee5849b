import { describe, expect, it } from "vitest";
import { decodePractice, encodePractice, type PracticeState } from "./practice-token";

const state: PracticeState = {
  setId: "s",
  order: ["a", "b"],
  index: 1,
  score: 1,
  missed: [],
  last: { questionId: "a", given: "x", correct: true },
};

describe("practice tokens", () => {
  it("round-trip a practice state", () => {
    expect(decodePractice(encodePractice(state, "secret-one-long-enough"), "secret-one-long-enough")).toEqual(state);
  });

  it("reject a state that was edited or signed with another secret", () => {
    const token = encodePractice(state, "secret-one-long-enough");
    const [, signature] = token.split(".");
    const forged = `${Buffer.from(JSON.stringify({ ...state, score: 2 })).toString("base64url")}.${signature}`;
    expect(decodePractice(forged, "secret-one-long-enough")).toBeNull();
    expect(decodePractice(token, "another-secret-entirely")).toBeNull();
    expect(decodePractice("garbage", "secret-one-long-enough")).toBeNull();
  });
});
