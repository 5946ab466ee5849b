// The content we ship: valid, big enough, varied, and every quote verbatim in its passage.
import { describe, expect, it } from "vitest";
import { exportBank } from "../../lib/content/export";
import { loadContent } from "../../lib/content/load";

const content = loadContent();
const questions = content.sets.flatMap((set) => set.questions);

describe("the shipped content", () => {
  it("passes the checker", () => {
    expect(content.problems).toEqual([]);
  });

  it("has at least 6 sets and 60 questions, every set non-empty", () => {
    expect(content.sets.length).toBeGreaterThanOrEqual(6);
    expect(questions.length).toBeGreaterThanOrEqual(60);
    for (const set of content.sets) expect(set.questions.length).toBeGreaterThan(0);
  });

  it("mixes every question type, about half multiple choice", () => {
    const types = new Set(questions.map((q) => q.type));
    expect([...types].sort()).toEqual(["cloze", "flashcard", "multiple-choice", "short-answer", "true-false"]);
    const share = questions.filter((q) => q.type === "multiple-choice").length / questions.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
  });

  it("has at least 5 questions that cite both articles", () => {
    const both = questions.filter((q) => new Set(q.citations.map((c) => c.article)).size === 2);
    expect(both.length).toBeGreaterThanOrEqual(5);
  });

  it("gives typed answers accepted variants", () => {
    const yellen = questions.find((q) => q.id === "yellen-cities")!;
    expect(yellen.answers).toEqual(["Guangzhou", "Beijing"]);
  });

  it("exports every quote verbatim inside its passage's full text", () => {
    const bank = exportBank(content);
    const citations = bank.sets.flatMap((s) => s.questions.flatMap((q) => q.citations));
    expect(citations.length).toBeGreaterThanOrEqual(questions.length);
    for (const c of citations) expect(c.passageText).toContain(c.quote);
  });

  it("keeps page chrome out of the articles", () => {
    const texts = content.articles.flatMap((a) => a.passages.map((p) => p.text));
    for (const chrome of [/^The article is in Dutch$/, /^Tags:/, /^PREV /, /^NEXT /, /^CNN$/, /^—$/, /^Washington$/]) {
      expect(texts.filter((t) => chrome.test(t))).toEqual([]);
    }
    const dutch = content.articles.find((a) => a.id === "dutch-report-biden-xi-call")!;
    expect(dutch.translation).toMatch(/translation/i);
    expect(dutch.passages.filter((p) => p.text === dutch.title)).toEqual([]);
  });
});
