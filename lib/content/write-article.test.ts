import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paragraphs } from "../authoring/passages";
import { parseArticle } from "./parse-article";
import { articleMarkdown, passageLine } from "./write-article";

// Characters that start or shape Markdown blocks, mixed into random text so the writer meets them at a passage's start.
const MARKDOWN_BITS = ["#", "-", "*", "+", ">", "1.", "2)", "---", "===", "```", "~~~", "<!--", "-->", "<div>", "<p>", "[a]:", "\\", "|", " ", "\t", "\u00a0", ":", "{{", "é"];
const passageText = fc
  .array(fc.oneof(fc.constantFrom(...MARKDOWN_BITS), fc.string({ maxLength: 6 }), fc.string({ unit: "grapheme", maxLength: 4 })), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(""))
  .chain((raw) => fc.constant(paragraphs(raw)[0]))
  .filter((text): text is string => text !== undefined);

describe("an article written as content/'s Markdown", () => {
  it("reads back as the same passages, whatever Markdown their text would start", () => {
    fc.assert(
      fc.property(fc.array(passageText, { minLength: 1, maxLength: 5 }), (texts) => {
        const passages = texts.map((text, i) => ({ key: `p${i + 1}`, text }));
        const { article, problems } = parseArticle("a.md", articleMarkdown({ id: "a", title: texts[0], passages }));
        expect(problems).toEqual([]);
        expect(article!.title).toBe(texts[0].trim());
        expect(article!.passages.map((p) => ({ key: p.id, text: p.text }))).toEqual(passages);
      }),
      { numRuns: 300 },
    );
  });

  it("escapes only a passage that needs it, with one backslash", () => {
    expect(passageLine("Plain text: with a colon.")).toBe("Plain text: with a colon.");
    expect(passageLine("# Not a heading")).toBe("\\# Not a heading");
    expect(passageLine("- not a list")).toBe("\\- not a list");
    expect(passageLine("2024. was the year")).toBe("\\2024. was the year");
    expect(passageLine("<!-- not a marker -->")).toBe("\\<!-- not a marker -->");
    expect(passageLine("\\starts with a backslash")).toBe("\\\\starts with a backslash");
  });
});
