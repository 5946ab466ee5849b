import { describe, expect, it } from "vitest";
import { matchAnswer, matchesAnswer, normalizeAnswer, slipDistance } from "./match";

// The table a teacher can read: what is accepted (exactly or as a typo) and what is refused, and why.
const ACCEPTED_EXACTLY: [string, string[], string][] = [
  ["janet yellen", ["Janet Yellen", "Yellen"], "case"],
  ["YELLEN", ["Janet Yellen", "Yellen"], "another accepted answer"],
  ["Janet Yellen.", ["Janet Yellen"], "punctuation"],
  ["the red line", ["red line"], "a leading article"],
  ["dictator", ["a dictator"], "a leading article"],
  ["Lai Ching te", ["Lai Ching-te"], "a hyphen"],
  ["  july   2022 ", ["July 2022"], "spacing"],
  ["North Korea’s", ["North Korea's"], "a curly apostrophe"],
  ["Munchen", ["München"], "an accent"],
  ["1 000", ["1000"], "digits grouped with a space"],
  ["1,000", ["1000"], "digits grouped with a comma"],
  ["1.000", ["1000"], "digits grouped with a period"],
  ["1\u2009000", ["1000"], "a thin space"],
  ["1\u202F000", ["1000"], "a narrow no-break space"],
  ["1\u00A0000", ["1000"], "a no-break space"],
  ["1,000,000 people", ["1000000 people"], "several groups"],
  ["1.000.000", ["1,000,000"], "periods for commas"],
  ["1000", ["1,000"], "no grouping for a grouping"],
  ["12 345,5", ["12345.5"], "grouping and a decimal comma"],
  ["1,5", ["1.5"], "a decimal comma"],
  ["1,50", ["1.5"], "a decimal comma with a trailing zero"],
  ["3.142", ["3.142"], "a decimal the answer writes"],
  ["\u22125", ["-5"], "a typographic minus sign"],
  ["2020-2022", ["2020 2022"], "a range's hyphen"],
];

const ACCEPTED_AS_TYPO: [string, string[], string][] = [
  ["Guangzhuo", ["Guangzhou"], "two letters swapped"],
  ["Guangzou", ["Guangzhou"], "a letter missing"],
  ["Janet Yelen", ["Janet Yellen"], "a letter missing in one word"],
  ["Yelllen", ["Yellen"], "a letter extra"],
  ["Yellan", ["Yellen"], "a letter wrong"],
  ["Australai", ["Australia"], "two letters swapped"],
  ["Aankara", ["Ankara"], "a first letter doubled (not the prefix a-)"],
  ["Byte Dance", ["ByteDance"], "a word split"],
  ["Whitehouse", ["White House"], "words run together"],
  ["institutionalsation", ["institutionalisation"], "one letter missing in a very long word"],
  ["instituitonalsation", ["institutionalisation"], "two slips in a very long word"],
];

const REFUSED: [string, string[], string][] = [
  ["Austria", ["Australia"], "a different country: a syllable missing"],
  ["Australia", ["Austria"], "a different country: a syllable extra"],
  ["independent", ["dependent"], "a negating prefix"],
  ["dependent", ["independent"], "a negating prefix removed"],
  ["atypical", ["typical"], "the one-letter negating prefix a-"],
  ["asymmetric", ["symmetric"], "a-"],
  ["unlikely", ["likely"], "un-"],
  ["illegal", ["legal"], "il-"],
  ["irregular", ["regular"], "ir-"],
  ["impossible", ["possible"], "im-"],
  ["nonbinding", ["binding"], "non-"],
  ["non-binding", ["binding"], "non- with a hyphen"],
  ["dishonest", ["honest"], "dis-"],
  ["not possible", ["possible"], "an added not"],
  ["possible", ["not possible"], "a removed not"],
  ["never agreed", ["agreed"], "an added never"],
  ["did not agree", ["did agree"], "an added not, same number of letters otherwise"],
  ["didnt agree", ["did agree"], "a contracted not"],
  ["not able", ["notable"], "a split that makes a not"],
  ["Swedish", ["Sweden"], "a different word"],
  ["Iraq", ["Iran"], "short words are exact"],
  ["Beijing", ["Bangkok"], "a different city"],
  ["effect", ["affect"], "the first letter"],
  ["Prussia", ["Russia"], "the first letter"],
  ["Slovakia", ["Slovenia"], "two edits in a word of 8 letters"],
  ["Lai", ["Lai Ching-te"], "a missing word"],
  ["red lines drawn", ["red line"], "an extra word"],
  ["July 2023", ["July 2022"], "a different year"],
  ["2021", ["July 2022"], "a different answer"],
  ["1,001", ["1000"], "a different number"],
  ["10 000", ["1000"], "a different number, grouped"],
  ["100", ["1,000"], "a different number"],
  ["1,5", ["15"], "a decimal is not a grouping"],
  ["3142", ["3.142"], "an answer's lone period is a decimal point"],
  ["July 20 22", ["July 2022"], "digits split apart are other numbers"],
  ["5", ["-5"], "a minus sign"],
  ["-5", ["5"], "a minus sign added"],
  ["\u22125 degrees", ["5 degrees"], "a typographic minus sign"],
  ["Austin", ["Yellen"], "a different name"],
  ["", ["Yellen"], "blank"],
  ["   ", ["Yellen"], "blank"],
  ["the", ["The Hague"], "only the article"],
  ["Sam", ["Saenz"], "a short word"],
  ["CA", ["CN"], "a short word"],
  ["Munich", ["Bangkok", "Guangzhou"], "a different city"],
];

describe("matchAnswer: the table of accepted and refused pairs", () => {
  it.each(ACCEPTED_EXACTLY)("accepts %j for %j exactly (%s)", (given, accepted) => {
    expect(matchAnswer(given, accepted)).toEqual({ kind: "exact" });
  });
  it.each(ACCEPTED_AS_TYPO)("accepts %j for %j as a typo (%s), showing the spelling", (given, accepted) => {
    expect(matchAnswer(given, accepted)).toEqual({ kind: "typo", spelling: accepted[0] });
  });
  it.each(REFUSED)("refuses %j for %j (%s)", (given, accepted) => {
    expect(matchAnswer(given, accepted)).toEqual({ kind: "wrong" });
    expect(matchesAnswer(given, accepted)).toBe(false);
  });

  it("prefers an exact match of any accepted answer to a typo of an earlier one", () => {
    expect(matchAnswer("Bejing", ["Guangzhou", "Beijing", "Bejing"])).toEqual({ kind: "exact" });
    expect(matchAnswer("Guangzhuo", ["Guangzhou", "Beijing"])).toEqual({ kind: "typo", spelling: "Guangzhou" });
  });
});

describe("slipDistance", () => {
  it("counts a swap of neighbours as one edit, and stops past the limit", () => {
    expect(slipDistance("guangzhuo", "guangzhou", 2)).toBe(1);
    expect(slipDistance("austria", "australia", 2)).toBe(2);
    expect(slipDistance("abcdef", "uvwxyz", 2)).toBe(3);
    expect(slipDistance("", "abc", 5)).toBe(3);
  });
});

describe("normalizeAnswer", () => {
  it("drops case, accents, punctuation, apostrophes and a leading article", () => {
    expect(normalizeAnswer("The Élysée, Palace!")).toBe("elysee palace");
    expect(normalizeAnswer("An hour-and-45-minute call")).toBe("hour and 45 minute call");
  });
  it("writes grouped numbers as digits and decimals with a period", () => {
    expect(normalizeAnswer("1 000 000 and 2,5 and 1,000.25 and 1990, 2000")).toBe(
      "1000000 and 2.5 and 1000.25 and 1990 2000",
    );
  });
});
