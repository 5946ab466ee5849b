import { describe, expect, it } from "vitest";
import { cleanDetails, clip, DETAIL_MAX } from "./article-details";

describe("an article's details", () => {
  it("trims and collapses spaces, and stores blank optional details as null", () => {
    expect(
      cleanDetails({ title: "  The\n harbour  ", outlet: " ", publishedOn: "2 April 2024", sourceUrl: "" }),
    ).toEqual({
      title: "The harbour",
      outlet: null,
      publishedOn: "2 April 2024",
      sourceUrl: null,
      translationNote: null,
    });
  });

  it("refuses a missing title, a source address that is not http(s), and a detail too long, by field", () => {
    const refused = (fields: Record<string, unknown>) => {
      try {
        cleanDetails(fields);
      } catch (error) {
        return (error as { issues: { field: string; message: string }[] }).issues;
      }
      throw new Error("accepted");
    };
    expect(refused({ title: "" })).toEqual([{ field: "title", message: "Give the article a title." }]);
    expect(refused({ title: "T", sourceUrl: "javascript:alert(1)" })).toEqual([
      { field: "sourceUrl", message: "Give the source address as a web address starting with https:// or http://." },
    ]);
    expect(refused({ title: "T", outlet: "x".repeat(DETAIL_MAX.outlet + 1) })).toEqual([
      { field: "outlet", message: "Use at most 200 characters for the author or outlet." },
    ]);
  });

  it("clips a detail read from a file to its limit, on a word where it can", () => {
    expect(clip("short", 10)).toBe("short");
    expect(clip(undefined, 10)).toBeUndefined();
    expect(clip("one two three four", 12)).toBe("one two…");
    expect(clip("x".repeat(20), 10)).toBe(`${"x".repeat(9)}…`);
    expect(clip("y".repeat(400), DETAIL_MAX.title)!.length).toBe(DETAIL_MAX.title);
  });
});
