import { describe, expect, it } from "vitest";
import type { Entity } from "./entities";
import { acceptedVariants } from "./variants";

const entity = (kind: Entity["kind"], text: string): Entity => ({ kind, text, start: 0, end: text.length });

describe("acceptedVariants", () => {
  it("accepts a surname for a full name, and the full name for a surname the article gives in full", () => {
    expect(acceptedVariants(entity("person", "Janet Yellen"))).toEqual(["Yellen"]);
    expect(acceptedVariants(entity("person", "Yellen"), [entity("person", "Janet Yellen")])).toEqual(["Janet Yellen"]);
    expect(acceptedVariants(entity("person", "Yellen"))).toEqual([]);
  });

  it("accepts a number in words for digits and digits for words", () => {
    expect(acceptedVariants(entity("number", "45"))).toEqual(["forty five"]);
    expect(acceptedVariants(entity("number", "twelve"))).toEqual(["12"]);
  });

  it("offers no words where compromise writes another number, or a decade, in words", () => {
    // compromise 14 writes 312,000 as "three hundred thousand twelve thousand".
    expect(acceptedVariants(entity("number", "312,000"))).toEqual([]);
    expect(acceptedVariants(entity("number", "1660s"))).toEqual([]);
    expect(acceptedVariants(entity("number", "1,300"))).toEqual(["one thousand three hundred"]);
  });

  it("accepts a country's usual short names, never the answer again", () => {
    expect(acceptedVariants(entity("place", "United States"))).toEqual(["US", "USA", "America"]);
    expect(acceptedVariants(entity("place", "Taiwan"))).toEqual([]);
  });
});
