import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readApkg } from "./apkg";
import { buildApkg, buildCollection, CLOZE, importOutcome, type TestNote } from "./apkg-test-package";

const NOTES: TestNote[] = [
  { fields: ["<b>Capital</b> of France?", "Paris<br>since 987", "x"] },
  { type: CLOZE, fields: ["{{c1::Rome}} and {{c2::Athens::Greek}} were cities.", "Extra"] },
  { fields: ['<img src="a.png">Map', "Lyon [sound:a.mp3]"] },
];

let collection: Uint8Array;
let apkg: Uint8Array;
beforeAll(async () => {
  collection = buildCollection({ notes: NOTES });
  apkg = await buildApkg(collection);
});

const isOk = async (bytes: Uint8Array): Promise<void> => {
  expect(["imported", "refused"]).toContain(await importOutcome(readApkg(bytes, "deck.apkg")));
};

// A copy of `bytes` with each [position, value] written in (positions taken modulo its length).
const flipped = (bytes: Uint8Array, flips: [number, number][]) => {
  const copy = Uint8Array.from(bytes);
  for (const [at, value] of flips) copy[at % copy.length] = value;
  return copy;
};
const flips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 });

const FIELD_PIECES = [
  "{{c1::",
  "{{c2::",
  "}}",
  "::",
  "<br>",
  "<div>",
  "</div>",
  "&amp;",
  "&nbsp;",
  "<img src=x>",
  "[sound:a.mp3]",
  "_____",
  "a",
  " ",
  "Paris",
  "<script>x</script>",
  "\x1f",
];
const field = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.array(fc.constantFrom(...FIELD_PIECES), { maxLength: 12 }).map((p) => p.join("")),
);
const note: fc.Arbitrary<TestNote> = fc.record({
  type: fc.constantFrom(undefined, CLOZE),
  fields: fc.array(field, { minLength: 0, maxLength: 3 }),
});

describe("readApkg on any input: a valid set or a clear refusal, never another error", () => {
  it("holds for the valid package itself", async () => {
    expect(await importOutcome(readApkg(apkg, "deck.apkg"))).toBe("imported");
  });

  it("holds for random bytes", async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), isOk), { numRuns: 100 });
  });

  it("holds for the package with bytes flipped, or cut short", async () => {
    await fc.assert(
      fc.asyncProperty(flips, (f) => isOk(flipped(apkg, f))),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: apkg.length }), (at) => isOk(apkg.slice(0, at))),
      { numRuns: 50 },
    );
  });

  it("holds for the SQLite collection with bytes flipped, or cut short", async () => {
    await fc.assert(
      fc.asyncProperty(flips, async (f) => isOk(await buildApkg(flipped(collection, f)))),
      { numRuns: 250 },
    );
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: collection.length }), async (at) =>
        isOk(await buildApkg(collection.slice(0, at))),
      ),
      { numRuns: 40 },
    );
  });

  it("holds for notes of any text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(note, { maxLength: 5 }), async (notes) =>
        isOk(await buildApkg(buildCollection({ notes }))),
      ),
      { numRuns: 150 },
    );
  });
});
