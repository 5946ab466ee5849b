import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointLength, splitsCharacter } from "./utf16";

describe("utf16", () => {
  it("sees an offset inside an emoji, and none at its edges", () => {
    expect([0, 1, 2, 3].map((offset) => splitsCharacter("a😀", offset))).toEqual([false, false, true, false]);
  });
  it("counts code points as the spread operator does", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "é", "😀", "\ud83d", "\ude00", "👩🏽‍🏫"), maxLength: 40 }),
        (text) => {
          expect(codePointLength(text)).toBe([...text].length);
        },
      ),
    );
  });
});
