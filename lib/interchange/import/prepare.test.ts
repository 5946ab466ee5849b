import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error";
import type { ImportedSet } from "../types";
import { prepareImport } from "./prepare";

const article = {
  ref: "vote",
  title: "  Town council\nvotes ",
  sourceUrl: "javascript:alert(1)",
  outlet: "x".repeat(250),
  passages: [{ key: "p1", text: "The council voted 5 to 2 on Monday; the council met again." }],
};

function set(overrides: Partial<ImportedSet> = {}): ImportedSet {
  return {
    format: "gift",
    title: "Quiz",
    description: "",
    articles: [article],
    questions: [
      {
        type: "cloze",
        prompt: "The council voted _____ on Monday.",
        choices: [],
        answers: ["5 to 2", "five to two"],
        explanation: "",
        citations: [{ article: "vote", passage: "p1", quote: " the council " }],
        where: "line 4",
      },
    ],
    ...overrides,
  };
}

const refusal = (s: ImportedSet) => {
  try {
    prepareImport(s);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("import-refused");
    return (error as AppError).message;
  }
  throw new Error("expected a refusal");
};

describe("prepareImport", () => {
  it("reads each question as the editor does and anchors each quote at its first place", () => {
    const prepared = prepareImport(set());
    expect(prepared.questions[0].question).toEqual({
      type: "cloze",
      prompt: "The council voted _____ on Monday.",
      choices: [],
      answers: ["5 to 2", "five to two"],
      explanation: "",
    });
    // The quote trimmed, found where it first stands (the lower-case "the council"), with 32 characters of context.
    expect(prepared.questions[0].citations).toEqual([
      {
        article: "vote",
        passage: "p1",
        quote: "the council",
        prefix: "council voted 5 to 2 on Monday; ",
        suffix: " met again.",
        start: 36,
        end: 47,
      },
    ]);
  });

  it("cleans an article's details: one-line title, long outlet cut, an address that is not a web address dropped", () => {
    const { details } = prepareImport(set()).articles[0];
    expect(details.title).toBe("Town council votes");
    expect(details.outlet!.length).toBeLessThanOrEqual(200);
    expect(details.sourceUrl).toBeNull();
  });

  it("refuses, naming the record: bad passage ids, empty passages, unknown passages, no questions", () => {
    expect(refusal(set({ articles: [{ ...article, passages: [{ key: "P 1", text: "x" }] }] }))).toBe(
      'article "vote": passage id "P 1" must be lower-case words joined by hyphens',
    );
    expect(refusal(set({ articles: [{ ...article, passages: [{ key: "p1", text: " " }] }] }))).toBe(
      'article "vote": passage "p1" has no text',
    );
    expect(refusal(set({ articles: [article, article] }))).toBe('article "vote" appears twice in the file');
    const [q] = set().questions;
    expect(refusal(set({ questions: [{ ...q, citations: [{ article: "vote", passage: "p9", quote: "x" }] }] }))).toBe(
      'line 4: unknown passage "p9" in article "vote"',
    );
    expect(refusal(set({ questions: [{ ...q, prompt: "No blank here." }] }))).toBe(
      'line 4: "prompt": must hold exactly one {{blank}}',
    );
    expect(refusal(set({ questions: [] }))).toBe("The file holds no questions to import.");
  });
});
