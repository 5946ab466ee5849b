import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { ARTICLE_MAX_CHARACTERS, ARTICLE_MAX_PASSAGES } from "./limits";
import { joinPassages, paragraphs, splitPassage, splitPassages, type AuthoredPassage } from "./passages";

// The characters that make splitting hard: every kind of line break and space, controls, lone surrogate halves.
const awkward = fc.constantFrom(
  "a",
  "é",
  "😀",
  " ",
  "\u00a0",
  "\t",
  "\f",
  "\v",
  "\n",
  "\r",
  "\u0085",
  "\u2028",
  "\u2029",
  "\u0000",
  "\ud83d",
  "\ude00",
  "<",
);

const keysOf = (passages: AuthoredPassage[]) => passages.map((p) => p.key);

describe("paragraphs", () => {
  it("splits at blank lines, whatever the line endings, and collapses whitespace inside a paragraph", () => {
    expect(paragraphs("  One\r\nline  two\t\r\n \r\nThree\rfour\n\n\n\nFive\u2029Six\u2028seven")).toEqual([
      "One line two",
      "Three four",
      "Five",
      "Six seven",
    ]);
  });
  it("splits at lines that only look blank: no-break, ideographic or zero-width spaces; drops what has nothing visible", () => {
    expect(paragraphs("One.\n\u00a0\nTwo.\r\n\u200b\u2060\r\nThree.\n\u3000 \nFour.\n\n\u200d\n\nFive.")).toEqual([
      "One.",
      "Two.",
      "Three.",
      "Four.",
      "Five.",
    ]);
  });
  it("composes decomposed accents (NFC), so the same words typed either way are the same text", () => {
    expect(paragraphs("caf\u0065\u0301 \u0041\u030a")).toEqual(["caf\u00e9 \u00c5"]);
    expect(splitPassages("Le caf\u00e9.")).toEqual(splitPassages("Le cafe\u0301."));
  });
  it("keeps curly quotes, accents, emoji and no-break spaces as written", () => {
    expect(paragraphs("“Élan” — 👩🏽‍🏫 said\u00a0so.")).toEqual(["“Élan” — 👩🏽‍🏫 said\u00a0so."]);
  });
  it("drops control characters PostgreSQL or a browser would choke on, and mends lone surrogates", () => {
    expect(paragraphs("a\u0000b\u0007c \ud800d")).toEqual(["abc \ufffdd"]);
  });
  it("gives no passages for empty or blank text", () => {
    expect(paragraphs("")).toEqual([]);
    expect(paragraphs(" \n\t\n ")).toEqual([]);
  });
  it("keeps markup as the characters it is: it is never read as HTML", () => {
    expect(paragraphs('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">')).toEqual([
      "<script>alert(1)</script>",
      '<img src=x onerror="alert(1)">',
    ]);
  });
  it("always gives trimmed, single-line, non-empty paragraphs whose re-split is themselves", () => {
    fc.assert(
      fc.property(fc.string({ unit: awkward, maxLength: 80 }), (text) => {
        const result = paragraphs(text);
        for (const paragraph of result) {
          expect(paragraph).not.toBe("");
          expect(paragraph).toBe(paragraph.trim());
          expect(paragraph).not.toMatch(/[\n\r\t\f]| {2}/);
        }
        expect(paragraphs(result.join("\n\n"))).toEqual(result);
      }),
    );
  });
});

describe("splitPassages", () => {
  const original = splitPassages(
    "Alpha is first.\n\nBeta comes second here.\n\nGamma is third of all.\n\nDelta ends it.",
  );

  it("numbers a new article's passages p1, p2, …", () => {
    expect(original).toEqual([
      { key: "p1", text: "Alpha is first." },
      { key: "p2", text: "Beta comes second here." },
      { key: "p3", text: "Gamma is third of all." },
      { key: "p4", text: "Delta ends it." },
    ]);
  });

  it("keeps every key when nothing changed", () => {
    const again = splitPassages(original.map((p) => p.text).join("\n\n"), { previous: original });
    expect(again).toEqual(original);
  });

  it("keeps the keys of unchanged and moved passages, and of a lightly edited one", () => {
    const edited = splitPassages(
      "Delta ends it.\n\nAlpha is first.\n\nBeta comes second, here.\n\nGamma is third of all.",
      {
        previous: original,
      },
    );
    expect(edited).toEqual([
      { key: "p4", text: "Delta ends it." },
      { key: "p1", text: "Alpha is first." },
      { key: "p2", text: "Beta comes second, here." },
      { key: "p3", text: "Gamma is third of all." },
    ]);
  });

  it("gives a new paragraph a key never used before, even by a deleted passage", () => {
    const withoutDelta = splitPassages("Alpha is first.\n\nBeta comes second here.\n\nGamma is third of all.", {
      previous: original,
    });
    expect(keysOf(withoutDelta)).toEqual(["p1", "p2", "p3"]);
    const added = splitPassages(
      "Alpha is first.\n\nSomething wholly new.\n\nBeta comes second here.\n\nGamma is third of all.",
      {
        previous: withoutDelta,
        retiredKeys: ["p4"],
      },
    );
    expect(keysOf(added)).toEqual(["p1", "p5", "p2", "p3"]);
  });

  it("matches repeated paragraphs in order", () => {
    const repeated = splitPassages("Same.\n\nOther words entirely.\n\nSame.");
    const edited = splitPassages("Same.\n\nSame.\n\nOther words entirely.", { previous: repeated });
    expect(keysOf(edited)).toEqual(["p1", "p3", "p2"]);
  });

  it("finds the old key of an edited paragraph next to one moved from further down", () => {
    const edited = splitPassages(
      "Alpha is first.\n\nDelta ends it.\n\nBeta comes second, here.\n\nGamma is third of all.",
      {
        previous: original,
      },
    );
    expect(keysOf(edited)).toEqual(["p1", "p4", "p2", "p3"]);
  });

  it("gives an edited paragraph's key to the old passage it resembles most, not the first that is close enough", () => {
    const edited = splitPassages(
      "Alpha is first.\n\nBeta comes second here.\n\nA new paragraph.\n\nDelta ends it. Gamma is third of all, really.",
      { previous: original },
    );
    expect(keysOf(edited)).toEqual(["p1", "p2", "p5", "p3"]);
  });

  it("keeps shipped content's keys and numbers new passages beside them", () => {
    const shipped = [{ key: "last-call", text: "The last call was in July." }];
    expect(keysOf(splitPassages("The last call was in July.\n\nA new paragraph.", { previous: shipped }))).toEqual([
      "last-call",
      "p1",
    ]);
  });

  it("refuses an article over 2,000 passages, naming the limit", () => {
    const text = Array.from({ length: ARTICLE_MAX_PASSAGES + 1 }, (_, i) => `P ${i}`).join("\n\n");
    expect(() => splitPassages(text)).toThrow(expect.objectContaining({ name: "AppError", code: "too-many-passages" }));
    expect(() => splitPassages(text)).toThrow("at most 2,000 passages (paragraphs); this one has 2,001");
    expect(splitPassages(text.slice(0, text.lastIndexOf("\n\n")))).toHaveLength(ARTICLE_MAX_PASSAGES);
  });

  it("refuses an article over 200,000 characters, counting characters and not UTF-16 units", () => {
    const emoji = "😀".repeat(ARTICLE_MAX_CHARACTERS);
    expect(splitPassages(emoji)).toHaveLength(1);
    expect(() => splitPassages(`${emoji}!`)).toThrow("at most 200,000 characters; this one has 200,001");
  });

  it("gives unique keys that keep unchanged paragraphs and never reuse a retired key, for any edit", () => {
    const paragraph = fc.stringMatching(/^[a-z]{1,6}( [a-z]{1,6}){0,5}$/);
    fc.assert(
      fc.property(
        fc.array(paragraph, { maxLength: 12 }),
        fc.array(paragraph, { maxLength: 12 }),
        fc.array(fc.nat(30)),
        (before, after, retired) => {
          const retiredKeys = retired.map((n) => `p${n + 100}`);
          const previous = splitPassages(before.join("\n\n"), { retiredKeys });
          const next = splitPassages(after.join("\n\n"), { previous, retiredKeys });
          const keys = keysOf(next);
          expect(new Set(keys).size).toBe(keys.length);
          for (const key of keys) expect(retiredKeys).not.toContain(key);
          const oldKeys = new Set(keysOf(previous));
          const unchanged = new Set(
            before.filter(
              (text) =>
                before.indexOf(text) === before.lastIndexOf(text) && after.filter((t) => t === text).length === 1,
            ),
          );
          for (const passage of next) {
            if (unchanged.has(passage.text))
              expect(passage.key).toBe(previous.find((p) => p.text === passage.text)!.key);
            if (!oldKeys.has(passage.key))
              expect(Number(passage.key.slice(1))).toBeGreaterThan(
                Math.max(0, ...retired.map((n) => n + 100), ...[...oldKeys].map((k) => Number(k.slice(1)))),
              );
          }
        },
      ),
    );
  });
});

describe("joinPassages and splitPassage", () => {
  const passages = splitPassages("One two.\n\nThree four.\n\nFive six.");

  it("joins a passage with the next, keeping the first key", () => {
    expect(joinPassages(passages, "p1")).toEqual([
      { key: "p1", text: "One two. Three four." },
      { key: "p3", text: "Five six." },
    ]);
  });

  it("splits a passage, keeping the key on the first half and never reusing a retired key", () => {
    expect(splitPassage(passages, "p2", 6, ["p7"])).toEqual([
      { key: "p1", text: "One two." },
      { key: "p2", text: "Three" },
      { key: "p8", text: "four." },
      { key: "p3", text: "Five six." },
    ]);
  });

  it("refuses edits that cannot be made, saying why", () => {
    const refusal = (edit: () => unknown) => {
      try {
        edit();
      } catch (error) {
        return error instanceof AppError ? error.code : error;
      }
    };
    expect(refusal(() => joinPassages(passages, "p3"))).toBe("no-next-passage");
    expect(refusal(() => joinPassages(passages, "nope"))).toBe("unknown-passage");
    expect(refusal(() => splitPassage(passages, "p1", 0))).toBe("empty-half");
    expect(refusal(() => splitPassage(passages, "p1", 99))).toBe("offset-out-of-range");
    expect(refusal(() => splitPassage(passages, "p1", 1.5))).toBe("offset-out-of-range");
    expect(refusal(() => splitPassage([{ key: "p1", text: "a😀b" }], "p1", 2))).toBe("offset-out-of-range");
  });

  it("split then join gives back the passage under its key", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,5}( [a-z]{1,5}){1,8}$/), fc.nat(), (text, pick) => {
        const spaces = [...text.matchAll(/ /g)].map((m) => m.index!);
        const at = spaces[pick % spaces.length];
        const split = splitPassage([{ key: "p1", text }], "p1", at);
        expect(split[0].key).toBe("p1");
        expect(joinPassages(split, "p1")).toEqual([{ key: "p1", text }]);
      }),
    );
  });
});
