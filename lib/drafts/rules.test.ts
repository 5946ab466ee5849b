import { describe, expect, it } from "vitest";
import {
  answerGivenAway,
  answerTooLong,
  canSwap,
  citationProblem,
  distractorProblems,
  factKey,
  isGarbled,
  isLocation,
  isNote,
  isPageChrome,
  isReportingDate,
  isTooShort,
  isUsableSentence,
  needsContext,
  promptProblem,
  vagueQuotation,
} from "./rules";

const passage = "Biden and Xi last spoke by phone in July 2022. They met again in November.";

describe("sentence rules", () => {
  it("treats page chrome as no text to draft from", () => {
    for (const chrome of [
      "Advertisement",
      "Read more: Biden and Xi speak by phone for the first time in months",
      "By Jane Doe and Sam Fossum, CNN",
      "CNN’s Sam Fossum and Arlette Saenz contributed to this report.",
      "This story was updated Tuesday with additional developments.",
      "Share this article on https://example.com/share?id=3",
      "Photo: Getty Images",
    ]) {
      expect(isPageChrome(chrome), chrome).toBe(true);
    }
    expect(isPageChrome(passage)).toBe(false);
  });

  it("refuses sentences too short to carry a fact", () => {
    expect(isTooShort("Taiwan remains ‘red line’")).toBe(true);
    expect(isTooShort("Biden and Xi last spoke by phone in July 2022.")).toBe(false);
  });

  it("refuses translation notes and bracketed remarks", () => {
    expect(
      isNote("The minister [translator's note: the Dutch word also means envoy] arrived in Beijing on Monday."),
    ).toBe(true);
    expect(isNote("The talks were frank [sic] and lasted for nearly two hours on Tuesday.")).toBe(true);
    expect(isNote("The talks were frank and lasted for nearly two hours on Tuesday.")).toBe(false);
  });

  it("refuses garbled sentences as machine translations leave them", () => {
    for (const garbled of [
      "immediately caught my attention.",
      "Beijing pledged to work together to curb fentanyl production. .",
      "The official warned that it was now possible to “backfill trade from partners.",
      "The report said the statement was made repeatedly to Mr. Sullivan and his staff",
      "“The two leaders welcomed continued efforts,” the statement said. said, referring to Secretary Blinken.",
    ]) {
      expect(isGarbled(garbled), garbled).toBe(true);
    }
    expect(isGarbled("Biden and Xi last spoke by phone in July 2022.")).toBe(false);
    expect(isGarbled("Xi reiterated to Biden that Taiwan is “the first red line that should not be crossed.”")).toBe(
      false,
    );
  });

  it("accepts a sentence only when every sentence rule holds", () => {
    expect(isUsableSentence("Biden and Xi last spoke by phone in July 2022.")).toBe(true);
    expect(isUsableSentence("Told.")).toBe(false);
  });

  it("drafts from English only: an Arabic or Greek sentence would get an English frame round it", () => {
    expect(isUsableSentence("وقالت الحكومة إن المشروع سيكتمل في عام 2027 بعد سنوات من التأخير.")).toBe(false);
    expect(isUsableSentence("Η κυβέρνηση είπε ότι το έργο θα ολοκληρωθεί το 2027 μετά από καθυστερήσεις.")).toBe(false);
    expect(
      isUsableSentence("The minister Ahmed Hassan (أحمد حسن) said in Cairo that 5,000 homes would be built."),
    ).toBe(true);
    expect(isUsableSentence("Anders Franzén found the wreck of the Vasa after years of searching.")).toBe(true);
  });
});

describe("draft rules", () => {
  const citation = {
    article: "a",
    passage: "p1",
    quote: "Biden and Xi last spoke by phone in July 2022.",
    start: 0,
    end: 46,
  };

  it("wants the quote verbatim at its offsets and the answer inside it", () => {
    expect(citationProblem(citation, passage, "July 2022")).toBeUndefined();
    expect(citationProblem({ ...citation, start: 1, end: 47 }, passage, "July 2022")).toMatch(/not verbatim/);
    expect(
      citationProblem({ ...citation, quote: "Biden and Xi spoke by phone in July 2022." }, passage, "July 2022"),
    ).toMatch(/not verbatim/);
    expect(citationProblem(citation, passage, "November")).toMatch(/not inside the quote/);
  });

  it("refuses a quoted vague time as an answer", () => {
    expect(vagueQuotation("quotation", "in the coming weeks")).toMatch(/vague time/);
    expect(vagueQuotation("quotation", "candid and constructive")).toBeUndefined();
    expect(vagueQuotation("date", "in the coming weeks")).toBeUndefined();
  });

  it("refuses a prompt that shows its own answer", () => {
    expect(answerGivenAway("Biden and _____ last spoke by phone in July 2022.", "Xi")).toBeUndefined();
    expect(answerGivenAway("_____ said Biden's talks with Xi were frank.", "Biden")).toMatch(/gives the answer/);
  });

  it("refuses answers too long to recall", () => {
    expect(answerTooLong("candid and constructive")).toBeUndefined();
    expect(answerTooLong("the first red line that should not be crossed")).toMatch(/9 words/);
  });

  it("wants distractors of the answer's kind, distinct once normalised, and not true per the article", () => {
    const city = (text: string) => ({ text, kind: "place" as const });
    expect(
      distractorProblems("Beijing", [city("Moscow"), city("Munich"), city("Bangkok")], "place", new Set()),
    ).toEqual([]);
    expect(distractorProblems("Beijing", [{ text: "Xi", kind: "person" }], "place", new Set())).toEqual([
      'distractor "Xi" is a person, the answer a place',
    ]);
    expect(distractorProblems("White House", [city("the White House")], "place", new Set())[0]).toMatch(/repeats/);
    expect(distractorProblems("Zürich", [city("Munich"), city("ZURICH.")], "place", new Set())[0]).toMatch(/ZURICH/);
    expect(distractorProblems("Guangzhou", [city("Beijing")], "place", new Set(["beijing"]))[0]).toMatch(/also true/);
  });

  it("wants prompts that read as a teacher's question", () => {
    expect(promptProblem("When did Biden and Xi last speak by phone?")).toBeUndefined();
    expect(promptProblem("Biden and Xi last spoke by phone in _____.")).toBeUndefined();
    expect(promptProblem("biden and Xi last spoke by phone in _____.")).toMatch(/capital/);
    expect(promptProblem("Biden and Xi last spoke by phone in July 2022.")).toMatch(/"\?"/);
    expect(promptProblem("_____ and _____ last spoke by phone.")).toMatch(/at most one blank/);
    expect(promptProblem("Biden and Xi last spoke by phone in _____")).toMatch(/end as a sentence/);
  });

  it("gives two drafts of the same fact the same key, whatever the answer's case or punctuation", () => {
    const at = { article: "a", passage: "p1", start: 0 };
    expect(factKey(at, "The White House")).toBe(factKey(at, "white house."));
    expect(factKey(at, "White House")).not.toBe(factKey({ ...at, start: 47 }, "White House"));
  });
});

describe("context and swap rules", () => {
  it("refuses sentences that lean on the one before", () => {
    for (const s of [
      "He called this “unfair,” according to a White House press release.",
      "That island is de facto independent of China and Lai wants to protect that independence.",
      "The report said the statement was made repeatedly to Mr. Sullivan.",
    ]) {
      expect(needsContext(s), s).toBe(true);
    }
    expect(needsContext("Xi sees Taiwan as part of China and is strongly against US support.")).toBe(false);
  });

  it("takes a date that only says when something was said as no fact", () => {
    expect(isReportingDate("Treasury officials told reporters ", " that the administration plans")).toBe(true);
    expect(isReportingDate("A senior official said on ", ".")).toBe(true);
    expect(isReportingDate("Biden and Xi last spoke by phone in ", ".")).toBe(false);
  });

  it("swaps a person only without a title, and a city only where it is a location", () => {
    expect(canSwap("person", undefined, "In a sign of engagement, Treasury Secretary ")).toBe(false);
    expect(canSwap("person", undefined, "For his part, ")).toBe(true);
    // Kings, captains, professors and mayors are titled too: "ordered by King Henrik Hybertsson" is absurd.
    expect(canSwap("person", undefined, "The ship had been ordered by King ")).toBe(false);
    expect(canSwap("person", undefined, "The team asked Professor ")).toBe(false);
    expect(canSwap("person", undefined, "The vote was called by Mayor ")).toBe(false);
    expect(canSwap("place", "city", "The label quickly drew the ire of ")).toBe(false);
    expect(canSwap("place", "city", "The administration will continue to emphasize to ")).toBe(false);
    expect(canSwap("place", "city", "Yellen will travel to ")).toBe(true);
    expect(canSwap("place", "country", "Other difficult topics include ")).toBe(true);
    expect(isLocation("met with the Chinese foreign minister in ")).toBe(true);
  });
});
