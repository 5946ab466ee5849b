import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { CONTEXT_LENGTH, describeQuote, describeSelection, findQuote, quoteInContext, verifyQuote } from "./text-quote";

const passage =
  "President Joe Biden and Chinese leader Xi Jinping spoke by phone on Tuesday, the first conversation between the two leaders since their summit in California.";

describe("describeSelection", () => {
  it("keeps the quote verbatim with 32 characters of context each side and its position", () => {
    const start = passage.indexOf("spoke by phone");
    expect(describeSelection(passage, { start, end: start + "spoke by phone".length })).toEqual({
      quote: {
        type: "TextQuoteSelector",
        exact: "spoke by phone",
        prefix: "n and Chinese leader Xi Jinping ",
        suffix: " on Tuesday, the first conversat",
      },
      position: { type: "TextPositionSelector", start, end: start + 14 },
    });
  });

  it("has shorter context at the passage's ends", () => {
    const { quote } = describeSelection("Short text.", { start: 0, end: 5 });
    expect(quote).toEqual({ type: "TextQuoteSelector", exact: "Short", prefix: "", suffix: " text." });
  });

  it("leaves out whitespace at the selection's ends", () => {
    const { quote, position } = describeSelection("one two three", { start: 3, end: 8 });
    expect(quote.exact).toBe("two");
    expect(position).toEqual({ type: "TextPositionSelector", start: 4, end: 7 });
  });

  it("never cuts an emoji in its context, and refuses a selection that would", () => {
    const text = `${"😀".repeat(20)}quote${"😀".repeat(20)}`;
    const { quote } = describeSelection(text, { start: 40, end: 45 });
    expect(quote.exact).toBe("quote");
    expect(quote.prefix).toBe("😀".repeat(16));
    expect(quote.suffix).toBe("😀".repeat(16));
    expect(() => describeSelection(text, { start: 1, end: 45 })).toThrow("cuts a character in half");
  });

  it("refuses empty, blank and out-of-range selections", () => {
    for (const selection of [
      { start: 3, end: 3 },
      { start: 3, end: 4 },
      { start: -1, end: 2 },
      { start: 0, end: 999 },
      { start: 5, end: 2 },
    ]) {
      expect(() => describeSelection("one two three", selection)).toThrow(
        expect.objectContaining({ name: "AppError", code: "invalid-selection" }),
      );
    }
  });

  it("always describes a quote that verifies in its own text, with context no longer than 32", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1, maxLength: 120 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % text.length;
        const end = start + 1 + (Math.max(a, b) % (text.length - start));
        let anchor;
        try {
          anchor = describeSelection(text, { start, end });
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe("invalid-selection");
          return;
        }
        expect(verifyQuote(text, anchor)).toEqual({ exact: true, context: true });
        expect(anchor.quote.prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
        expect(anchor.quote.suffix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
        expect(text.slice(anchor.position.start, anchor.position.end)).toBe(anchor.quote.exact);
      }),
    );
  });
});

describe("describeQuote", () => {
  it("anchors a pasted quote at its first place, and nothing that is not there", () => {
    expect(describeQuote(passage, "the two leaders")?.position.start).toBe(passage.indexOf("the two leaders"));
    expect(describeQuote(passage, "the three leaders")).toBeUndefined();
    expect(describeQuote(passage, "")).toBeUndefined();
  });
});

describe("findQuote", () => {
  const at = (text: string, quote: string) => {
    const found = findQuote(text, quote);
    return found && text.slice(found.start, found.end);
  };
  it("finds a pasted quote as copying and typing change it, and gives the passage's own characters", () => {
    const text = "Il a dit\u00a0: «\u00a0Non\u00a0». The mayor’s “plan” won a café vote.";
    expect(at(text, "Il a dit : « Non »")).toBe("Il a dit\u00a0: «\u00a0Non\u00a0»");
    expect(at(text, 'mayor\'s "plan"\r\n won')).toBe("mayor’s “plan” won");
    expect(at(text, "cafe\u0301 vote.")).toBe("café vote.");
    expect(at(text.normalize("NFD"), "café vote")).toBe("cafe\u0301 vote");
  });
  it("never drops an accent or cuts a character: other words are not found", () => {
    expect(findQuote("a café vote", "a cafe")).toBeUndefined();
    expect(findQuote("a cafe\u0301 vote", "a cafe")).toBeUndefined();
    expect(at("q\u0303 and q", "q")).toBe("q");
    expect(findQuote("q\u0303 and q", "q")?.start).toBe(7);
    expect(findQuote("the mayors plan", "the mayor's plan")).toBeUndefined();
    expect(findQuote("Some words.", "   ")).toBeUndefined();
  });
  const piece = fc.constantFrom("a", "b", " ", "é", "😀", "ש", "\u00a0", "’", "\u200b");
  it("finds any verbatim run of whole characters where it first stands", () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const [from, to] = [a % pieces.length, b % pieces.length].sort((x, y) => x - y);
        const text = pieces.join("");
        const quote = pieces
          .slice(from, to + 1)
          .join("")
          .trim();
        fc.pre(quote !== "");
        const found = findQuote(text, quote)!;
        expect(found.start).toBe(text.indexOf(quote));
        expect(text.slice(found.start, found.end)).toBe(quote);
      }),
    );
  });
});

describe("verifyQuote", () => {
  const anchor = describeQuote(passage, "Xi Jinping")!;
  it("sees a quote still in place, and tells an edit of its context apart from one of the quote", () => {
    expect(verifyQuote(passage, anchor)).toEqual({ exact: true, context: true });
    expect(verifyQuote(passage.replace("Chinese", "chinese"), anchor)).toEqual({ exact: true, context: false });
    expect(verifyQuote(passage.replace("Xi Jinping", "Xi Jinpíng"), anchor)).toEqual({ exact: false, context: false });
    expect(verifyQuote(`A ${passage}`, anchor)).toEqual({ exact: false, context: false });
  });
});

describe("quoteInContext", () => {
  it("shows the quote in brackets within its context", () => {
    expect(quoteInContext(describeQuote(passage, "Xi Jinping")!.quote)).toBe(
      "…nt Joe Biden and Chinese leader [Xi Jinping] spoke by phone on Tuesday, the …",
    );
  });
});
