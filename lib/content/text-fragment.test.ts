import { describe, expect, it } from "vitest";
import { routes } from "../routes";
import { encodeTextDirective, splitHighlights } from "./text-fragment";

describe("routes.passage", () => {
  it("points at the passage anchor with a text fragment and a server-side highlight", () => {
    expect(routes.passage("cnn", "last-call", "in July 2022.", "last-phone-call")).toBe(
      "/articles/cnn?highlight=last-phone-call#last-call:~:text=in%20July%202022.",
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
