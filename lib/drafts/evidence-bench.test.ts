import { describe, expect, it } from "vitest";
import { benchFindEvidence } from "./evidence-bench";

describe("benchFindEvidence", () => {
  it("asks its questions of a 20,000-word article and finds most of their sentences first", () => {
    const result = benchFindEvidence({ questions: 20 });
    expect(result.words).toBeGreaterThanOrEqual(20_000);
    expect(result.passages).toBeGreaterThan(400);
    // A year or a name said in many sentences: the five words of the prompt must pick the right one.
    expect(result.foundShare).toBeGreaterThanOrEqual(0.9);
    expect(result.medianMs).toBeGreaterThan(0);
    expect(result.coldMs).toBeGreaterThan(result.medianMs);
  });
});
