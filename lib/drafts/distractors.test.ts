import { describe, expect, it } from "vitest";
import { distractorPool, pickDistractors, sameThing } from "./distractors";
import type { Entity } from "./entities";

const at = (kind: Entity["kind"], text: string, more: Partial<Entity> = {}): Entity => ({
  kind,
  text,
  start: 0,
  end: text.length,
  the: false,
  ...more,
});
const city = (text: string) => at("place", text, { sub: "city" });
const country = (text: string, the = false) => at("place", text, { sub: "country", the });

describe("pickDistractors", () => {
  it("takes the answer's sort from the same article first, then from the set's other articles", () => {
    const own = [city("Guangzhou"), country("China"), city("Shanghai"), at("person", "Janet Yellen")];
    const others = [city("Munich"), country("Germany"), city("Bangkok"), city("Berlin")];
    const picked = pickDistractors(city("Guangzhou"), [], distractorPool(own, others)).map((d) => d.text);
    expect(picked).toEqual(["Shanghai", "Munich", "Bangkok"]);
  });

  it('never offers the answer\'s number in the other form ("30" for "thirty"), nor one number twice', () => {
    const own = [at("number", "30"), at("number", "thirty"), at("number", "64"), at("number", "sixty-four")];
    const picked = pickDistractors(at("number", "thirty"), [], distractorPool(own, [])).map((d) => d.text);
    expect(picked).not.toContain("30");
    expect(picked.filter((d) => d === "64" || d === "sixty-four")).toHaveLength(1);
    const fromDigits = pickDistractors(at("number", "30"), [], distractorPool(own, [])).map((d) => d.text);
    expect(fromDigits).not.toContain("thirty");
  });

  it('offers counts of the answer\'s size: no "1.5 million" or "four" sailors beside thirty', () => {
    const own = ["1.5 million", "four", "1,300", "64", "27", "312,000"].map((n) => at("number", n));
    const picked = pickDistractors(at("number", "thirty"), [], distractorPool(own, [])).map((d) => d.text);
    expect(picked).toEqual(["64", "27"]);
  });

  it("leaves out what the answer's sentence names, the answer under another spelling, and repeats", () => {
    const own = [city("Beijing"), city("BEIJING"), city("Moscow"), city("Munich"), city("Paris"), city("Rome")];
    const sentence = [city("Guangzhou"), city("Moscow")];
    const picked = pickDistractors(city("Guangzhou"), sentence, distractorPool([city("Guangzhou"), ...own], [])).map(
      (d) => d.text,
    );
    expect(picked).toEqual(["Beijing", "Munich", "Paris"]);
  });

  it('keeps a name written with "the" among names written with it', () => {
    const own = [country("United States", true), country("China"), country("Netherlands", true), country("Russia")];
    expect(pickDistractors(country("United States", true), [], distractorPool(own, [])).map((d) => d.text)).toEqual([
      "Netherlands",
    ]);
  });

  it("writes nearby counts as the answer is written: rounded, with its thousands separators", () => {
    const picked = pickDistractors(at("number", "312,000"), [], distractorPool([], [])).map((d) => d.text);
    expect(picked).toEqual(["250,000", "390,000", "220,000"]);
    expect(pickDistractors(at("number", "45"), [], distractorPool([], [])).map((d) => d.text)).toEqual([
      "36",
      "56",
      "31",
    ]);
  });

  it("prefers the answer's form and falls back on nearby years", () => {
    const people = [
      at("person", "Joe Biden"),
      at("person", "Blinken"),
      at("person", "Xi Jinping"),
      at("person", "Sullivan"),
    ];
    expect(pickDistractors(at("person", "Yellen"), [], distractorPool(people, [])).map((d) => d.text)).toEqual([
      "Blinken",
      "Sullivan",
      "Joe Biden",
    ]);
    expect(
      pickDistractors(at("year", "2024"), [], distractorPool([at("year", "2023")], [])).map((d) => d.text),
    ).toEqual(["2023", "2025", "2022"]);
  });
});

describe("sameThing", () => {
  it("counts a surname as the same person as the full name", () => {
    expect(sameThing("Biden", "Joe Biden")).toBe(true);
    expect(sameThing("the White House", "White House")).toBe(true);
    expect(sameThing("Biden", "Blinken")).toBe(false);
  });
});
