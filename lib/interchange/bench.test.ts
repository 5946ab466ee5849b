import { describe, expect, it } from "vitest";
import { interchangeBench } from "../../bench/interchange";
import { QUESTION_TYPES } from "../content/types";
import { EXPORT_FORMATS } from "./types";
import { benchSet } from "./bench";

describe("benchSet", () => {
  it("makes the questions asked, every type in turn, each citing a quote found in its passage", () => {
    const set = benchSet(25, 7);
    expect(set.questions).toHaveLength(25);
    expect(new Set(set.questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    expect(set.articles[0].passages).toHaveLength(7);
    for (const q of set.questions) {
      expect(q.citations[0].passageText).toContain(q.citations[0].quote);
      if (q.type === "multiple-choice") expect(q.choices).toContain(q.answers[0]);
      if (q.type === "cloze") expect(q.prompt).toContain("_____");
    }
  });
});

describe("interchangeBench", () => {
  it("times every export format on a small set, reporting a format that throws instead of failing", async () => {
    const result = await interchangeBench(10, 1);
    expect(result.formats.map((f) => f.format)).toEqual([...EXPORT_FORMATS]);
    for (const f of result.formats) {
      if ("error" in f) expect(["apkg", "anki-txt"]).toContain(f.format);
      else expect(f.bytes).toBeGreaterThan(0);
    }
    expect(result.formats.filter((f) => "ms" in f).map((f) => f.format)).toEqual(
      expect.arrayContaining(["gift", "qti", "kahoot", "csv", "footnote"]),
    );
    expect(result.totalMs).toBeGreaterThan(0);
  });
});
