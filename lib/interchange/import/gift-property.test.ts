import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importOutcome } from "./apkg-test-package";
import { readGift } from "./gift";
import { sampleGift } from "./gift-sample";

const read = (text: string) => importOutcome(readGift(new TextEncoder().encode(text), "quiz.gift"));

// Pieces GIFT is made of, so random files reach the parser's every branch rather than its first error.
const TOKENS = [
  "{",
  "}",
  "=",
  "~",
  "#",
  "####",
  "::",
  ":",
  "\\",
  "\\{",
  "\\=",
  "\n",
  "\n\n",
  " ",
  "T",
  "F",
  "TRUE",
  "%50%",
  "%100%",
  "%-25%",
  "->",
  "[html]",
  "[markdown]",
  "[plain]",
  "<b>",
  "</p>",
  "<img src=x>",
  "&amp;",
  "_____",
  "$CATEGORY: a/b",
  "// note",
  "Paris",
  "Rome",
  "1..5",
  "3:1",
  "{{c1::x}}",
];
const giftish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((parts) => parts.join(""));

const VALID = `${sampleGift(6)}
::Jesus::Jesus was from {~Jerusalem ~%50%Galilee =Nazareth}

Pi? {#3.14:0.01}

::Tf::[html]<p>It &amp; that</p> {F#wrong#right####general}
`;
const lines = VALID.split("\n");

const mutation = fc.oneof(
  fc.nat({ max: VALID.length }).map((at) => VALID.slice(0, at)),
  fc.nat({ max: lines.length - 1 }).map((i) => [...lines.slice(0, i + 1), ...lines.slice(i)].join("\n")),
  fc.nat({ max: lines.length - 1 }).map((i) => [...lines.slice(0, i), ...lines.slice(i + 1)].join("\n")),
  fc
    .tuple(fc.nat({ max: VALID.length }), fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(...TOKENS)))
    .map(([at, text]) => VALID.slice(0, at) + text + VALID.slice(at)),
);

describe("readGift on any input: a valid set or a clear refusal, never another error", () => {
  it("holds for the valid file itself", async () => {
    expect(await read(VALID)).toBe("imported");
  });

  it("holds for random text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200, unit: "grapheme-composite" }), async (text) => {
        expect(["imported", "refused"]).toContain(await read(text));
      }),
      { numRuns: 200 },
    );
  });

  it("holds for random GIFT-like text", async () => {
    await fc.assert(
      fc.asyncProperty(giftish, async (text) => {
        expect(["imported", "refused"]).toContain(await read(text));
      }),
      { numRuns: 400 },
    );
  });

  it("holds for a valid file cut, with lines duplicated or dropped, or characters inserted", async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (text) => {
        expect(["imported", "refused"]).toContain(await read(text));
      }),
      { numRuns: 500 },
    );
  });

  it("holds for random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        expect(["imported", "refused"]).toContain(await importOutcome(readGift(bytes, "x.gift")));
      }),
      { numRuns: 200 },
    );
  });
});
