import { describe, expect, it } from "vitest";
import { loadContent } from "../content/load";
import { passageEntities, resolveNames, type Entity } from "./entities";
import { readText } from "./nlp";

const entitiesOf = (text: string) => passageEntities(text, readText(text)).entities;
const find = (entities: Entity[], text: string) => entities.find((e) => e.text === text);

describe("passageEntities", () => {
  it("finds people, places, organisations, dates, years, numbers and amounts, without titles or possessives", () => {
    const text =
      "President Joe Biden spoke with Chinese President Xi Jinping on Tuesday, the White House said. " +
      "Yellen will travel to Guangzhou and Beijing, and North Korea's leaders met in July 2022. " +
      "The fund grew by $3 million, or 45%, in 2024, and 12 ships crossed the strait.";
    const entities = entitiesOf(text);
    expect(find(entities, "Joe Biden")).toMatchObject({ kind: "person" });
    expect(find(entities, "Xi Jinping")).toMatchObject({ kind: "person" });
    expect(find(entities, "White House")).toMatchObject({ kind: "organisation", the: true });
    expect(find(entities, "Guangzhou")).toMatchObject({ kind: "place", sub: "city" });
    expect(find(entities, "North Korea")).toMatchObject({ kind: "place", sub: "country" });
    expect(find(entities, "Tuesday")).toMatchObject({ kind: "date", sub: "weekday" });
    expect(find(entities, "July 2022")).toMatchObject({ kind: "date" });
    expect(find(entities, "2024")).toMatchObject({ kind: "year" });
    expect(find(entities, "$3 million")).toMatchObject({ kind: "amount" });
    expect(find(entities, "45%")).toMatchObject({ kind: "amount" });
    expect(find(entities, "12")).toMatchObject({ kind: "number" });
    expect(entities.some((e) => /President|'s$/.test(e.text))).toBe(false);
  });

  it('reads a currency written with its country\'s letters (A$, US$) as one amount, never a bare "million"', () => {
    const entities = entitiesOf("It cost A$2.3 million over eight years, and the bridge US$45 million.");
    expect(find(entities, "A$2.3 million")).toMatchObject({ kind: "amount" });
    expect(find(entities, "US$45 million")).toMatchObject({ kind: "amount" });
    expect(entities.some((e) => e.text === "million")).toBe(false);
  });

  it('tells money from percentages (no "cost about 33 over eight years"), and a three-year dispute has no count', () => {
    const entities = entitiesOf(
      "Reserves rose from 4.5% to 33 percent, cost $2 million, and ended a three-year dispute.",
    );
    expect(find(entities, "$2 million")).toMatchObject({ kind: "amount", sub: "money" });
    expect(find(entities, "4.5%")).toMatchObject({ kind: "amount", sub: "percent" });
    expect(find(entities, "33")).toMatchObject({ kind: "amount", sub: "percent" });
    expect(entities.some((e) => /three/.test(e.text))).toBe(false);
  });

  it("takes phrases in straight and curly quotation marks as quotations", () => {
    const entities = entitiesOf(
      `The meeting was “candid and constructive” and "frank", and Taiwan remains a ‘red line’ for Beijing’s leaders.`,
    );
    expect(entities.filter((e) => e.kind === "quotation").map((e) => e.text)).toEqual([
      "candid and constructive",
      "frank",
      "red line",
    ]);
  });

  it("leaves out numbers that are ordinals, small counts or parts of compounds", () => {
    const entities = entitiesOf("The first of the two leaders held an hour-and-45-minute meeting.");
    expect(entities.filter((e) => e.kind === "number")).toEqual([]);
  });

  it("gives offsets into the passage: slice(start, end) is the entity, in UTF-16 units", () => {
    const passages = loadContent().articles.flatMap((a) => a.passages);
    const prefixed = [
      ...passages.map((p) => p.text),
      "😀 Emoji first: Janet Yellen visited Zürich on Monday, said “ça va”.",
    ];
    let count = 0;
    for (const text of prefixed) {
      for (const e of entitiesOf(text)) {
        expect(text.slice(e.start, e.end)).toBe(e.text);
        count++;
      }
    }
    expect(count).toBeGreaterThan(100);
  });
});

describe("resolveNames", () => {
  it("makes a surname or first name a person where the article names the person in full", () => {
    const text = "Xi met the envoy. Later, Xi left.";
    const { unknown } = passageEntities(text, readText(text));
    const known: Entity[] = [{ kind: "person", text: "Xi Jinping", start: 0, end: 10 }];
    expect(resolveNames(known, unknown).map((e) => [e.text, e.start])).toEqual([
      ["Xi", 0],
      ["Xi", 25],
    ]);
    expect(resolveNames([], unknown)).toEqual([]);
  });
});
