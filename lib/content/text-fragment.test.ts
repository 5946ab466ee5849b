import { describe, expect, it } from "vitest";
import { routes } from "../routes";
import { encodeTextDirective, splitHighlights } from "./text-fragment";

describe("routes.passage", () => {
  it("points at the passage anchor with a text fragment and a server-side highlight", () => {
    expect(routes.passage("cnn", "last-call", "in July 2022.", "last-phone-call")).toBe(
      "/articles/cnn?highlight=last-phone-call#last-call:~:text=in%20July%202022.",
    );
  });
  it("names the cited place with the whole words of its context, so an earlier place with the same words is not the one shown", () => {
    // The passage: "…the harbour wall was repaired, and the harbour wall held in the storm of 2024 and the next one."
    const context = { prefix: "ed the old quay, and after that, ", suffix: " held in the storm of 2024 and t" };
    expect(routes.passage("council", "p9", "the harbour wall", "q1", context)).toBe(
      "/articles/council?highlight=q1#p9:~:text=the%20old%20quay%2C%20and%20after%20that%2C-,the%20harbour%20wall,-held%20in%20the%20storm%20of%202024%20and",
    );
    expect(routes.passage("council", "p1", "The council", "q2", { prefix: "", suffix: " met on Tuesday." })).toBe(
      "/articles/council?highlight=q2#p1:~:text=The%20council,-met%20on%20Tuesday.",
    );
    expect(routes.passage("council", "p1", "Word", "q3", { prefix: "x".repeat(32), suffix: "" })).toBe(
      "/articles/council?highlight=q3#p1:~:text=Word",
    );
  });
  it("escapes the characters text fragments reserve", () => {
    expect(encodeTextDirective("hour-and-45-minute, candid & constructive")).toBe("hour%2Dand%2D45%2Dminute%2C%20candid%20%26%20constructive");
  });
});

describe("splitHighlights", () => {
  it("marks each quote where it stands, merging overlaps", () => {
    expect(splitHighlights("Yellen will visit China later this week.", ["visit China", "China later"])).toEqual([
      { text: "Yellen will ", marked: false },
      { text: "visit China later", marked: true },
      { text: " this week.", marked: false },
    ]);
  });
  it("returns the text unmarked when no quote is found", () => {
    expect(splitHighlights("abc", ["x", ""])).toEqual([{ text: "abc", marked: false }]);
  });
});
