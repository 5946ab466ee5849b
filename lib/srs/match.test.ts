import { describe, expect, it } from "vitest";
import { matchesAnswer, normalizeAnswer } from "./match";

describe("matchesAnswer", () => {
  it.each([
    ["janet yellen", ["Janet Yellen", "Yellen"]],
    ["YELLEN", ["Janet Yellen", "Yellen"]],
    ["Janet Yellen.", ["Janet Yellen"]],
    ["the red line", ["red line"]],
    ["a dictator", ["a dictator", "dictator"]],
    ["dictator", ["a dictator"]],
    ["Lai Ching te", ["Lai Ching-te"]],
    ["Guangzhuo", ["Guangzhou"]],
    ["Janet Yelen", ["Janet Yellen"]],
    ["ByteDance", ["ByteDance"]],
    ["Byte Dance", ["ByteDance", "Byte Dance"]],
    ["  july   2022 ", ["July 2022"]],
    ["North Korea’s", ["North Korea's"]],
    ["Munchen", ["München"]],
  ])("accepts %j for %j", (given, accepted) => {
    expect(matchesAnswer(given, accepted)).toBe(true);
  });

  it.each([
    ["July 2023", ["July 2022"]],
    ["2021", ["July 2022"]],
    ["Beijing", ["Bangkok"]],
    ["Austin", ["Yellen"]],
    ["", ["Yellen"]],
    ["   ", ["Yellen"]],
    ["the", ["The Hague"]],
    ["Sam", ["Saenz"]],
    ["CA", ["CN"]],
    ["Munich", ["Bangkok", "Guangzhou"]],
    ["Lai", ["Lai Ching-te"]],
  ])("rejects %j for %j", (given, accepted) => {
    expect(matchesAnswer(given, accepted)).toBe(false);
  });
});

describe("normalizeAnswer", () => {
  it("drops case, accents, punctuation, apostrophes and a leading article", () => {
    expect(normalizeAnswer("The Élysée, Palace!")).toBe("elysee palace");
    expect(normalizeAnswer("An hour-and-45-minute call")).toBe("hour and 45 minute call");
  });
});
