import { describe, expect, it } from "vitest";
import { benchReanchor } from "./bench";

describe("benchReanchor", () => {
  it("re-anchors every citation of a 20,000-word article once, with each outcome the edit should give", () => {
    const result = benchReanchor();
    expect(result).toMatchObject({ words: 20_000, passages: 400, citations: 500 });
    const { unchanged, moved, check, orphaned } = result.outcomes;
    expect(unchanged + moved + check + orphaned).toBe(500);
    // Ten quotes had a word changed; a reworded word (the 46th of 20 passages) falls inside a few more.
    expect(check).toBeGreaterThanOrEqual(10);
    expect(moved).toBeGreaterThan(0);
    expect(orphaned).toBeGreaterThan(0);
    expect(result.ms).toBeGreaterThan(0);
  });
});
