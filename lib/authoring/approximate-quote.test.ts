import { describe, expect, it } from "vitest";
import { findApproximateQuote, maxErrorsFor } from "./approximate-quote";

const quote = (exact: string, prefix = "", suffix = "") => ({
  type: "TextQuoteSelector" as const,
  exact,
  prefix,
  suffix,
});

describe("findApproximateQuote", () => {
  it("allows a quarter of the quote's length in edits, and no more", () => {
    expect(maxErrorsFor("12345678")).toBe(2);
    expect(findApproximateQuote("the quick brown fox", quote("quick brawn"))[0]).toMatchObject({
      start: 4,
      end: 15,
      errors: 1,
    });
    expect(findApproximateQuote("the quick brown fox", quote("quack brawn"))[0]).toMatchObject({ errors: 2 });
    expect(findApproximateQuote("the quick brown fox", quote("qxxck brxxn"))).toEqual([]);
    expect(findApproximateQuote("short", quote("a much longer quote than the text"))).toEqual([]);
    expect(findApproximateQuote("anything", quote(""))).toEqual([]);
  });

  it("ranks equally close places by their context, then by nearness to the old place", () => {
    const text = "Xi said talks were candid. Biden said talks were frank.";
    const [byContext] = findApproximateQuote(text, quote("talks wore", "Biden said ", " frank."));
    expect(text.slice(byContext.start, byContext.end)).toBe("talks were");
    expect(byContext.start).toBe(text.lastIndexOf("talks were"));
    const [byPlace] = findApproximateQuote(text, quote("talks wore"), text.lastIndexOf("talks"));
    expect(byPlace.start).toBe(text.lastIndexOf("talks were"));
  });

  it("scores between 0 and 1, a perfect match with its context highest", () => {
    const text = "before the words after";
    const [match] = findApproximateQuote(text, quote("the words", "before ", " after"), 7);
    expect(match.score).toBeCloseTo(1);
    const [worse] = findApproximateQuote(text, quote("the wards", "else ", " other"));
    expect(worse.score).toBeGreaterThan(0);
    expect(worse.score).toBeLessThan(match.score);
  });

  it("never cuts an emoji in half at a match's ends", () => {
    // "X" and "Y" are each one edit from half of an emoji: the raw match would start and end inside one.
    const text = "ab 😀 smile 😀 cd";
    const matches = findApproximateQuote(text, quote("X smile Y"));
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches)
      expect(text.slice(match.start, match.end)).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/u);
    expect(text.slice(matches[0].start, matches[0].end)).toContain(" smile ");
  });
});
