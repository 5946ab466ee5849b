import { describe, expect, it } from "vitest";
import { loadContent } from "../content/load";
import { contentCheckProblems } from "./content-checks";
import { draftQuestions } from "./draft";
import { normaliseAnswer } from "./normalise";
import { sourceFromArticle } from "./source";
import type { DraftSource } from "./types";

const [cnn, dutch] = loadContent().articles.map(sourceFromArticle);
const cnnDrafts = draftQuestions(cnn, [dutch]);
const dutchDrafts = draftQuestions(dutch, [cnn]);
const shipped = [
  { article: cnn, drafts: cnnDrafts },
  { article: dutch, drafts: dutchDrafts },
];

const article = (passages: string[], id = "test-article"): DraftSource => ({
  id,
  title: "A test article",
  passages: passages.map((text, i) => ({ key: `p${i + 1}`, text })),
});

describe("draftQuestions on the shipped articles", () => {
  it("drafts all four types, each citing a verbatim quote that holds its answer", () => {
    const all = [...cnnDrafts, ...dutchDrafts];
    expect(new Set(all.map((d) => d.type))).toEqual(
      new Set(["cloze", "multiple-choice", "true-false", "short-answer"]),
    );
    for (const { article: a, drafts } of shipped) {
      expect(drafts.length).toBeGreaterThan(10);
      for (const d of drafts) {
        const text = a.passages.find((p) => p.key === d.citation.passage)!.text;
        expect(text.slice(d.citation.start, d.citation.end)).toBe(d.citation.quote);
        if (d.type !== "true-false") expect(d.citation.quote).toContain(d.answers[0]);
        expect(contentCheckProblems(d, text)).toEqual([]);
      }
    }
  });

  it("never asks the same fact twice, and keeps to three drafts a passage", () => {
    for (const { drafts } of shipped) {
      const facts = drafts.map((d) => `${d.citation.passage}:${d.citation.start}:${normaliseAnswer(d.answers[0])}`);
      expect(new Set(facts).size).toBe(facts.length);
      const perPassage = new Map<string, number>();
      for (const d of drafts) perPassage.set(d.citation.passage, (perPassage.get(d.citation.passage) ?? 0) + 1);
      expect(Math.max(...perPassage.values())).toBeLessThanOrEqual(3);
    }
    const one = draftQuestions(cnn, [dutch], { maxPerPassage: 1 });
    expect(new Set(one.map((d) => d.citation.passage)).size).toBe(one.length);
    expect(draftQuestions(cnn, [dutch], { limit: 5 })).toEqual(cnnDrafts.slice(0, 5));
  });

  it("ranks best first, and ranks higher what the set's other article also names", () => {
    for (const { drafts } of shipped) {
      for (let i = 1; i < drafts.length; i++) expect(drafts[i].score).toBeLessThanOrEqual(drafts[i - 1].score);
    }
    const alone = draftQuestions(dutch);
    const shared = dutchDrafts.find(
      (d) => d.kind !== "quotation" && alone.some((a) => a.id === d.id && a.score < d.score),
    );
    expect(shared).toBeDefined();
  });

  it("gives the same ids on every run, and keeps a draft's id when another passage changes", () => {
    expect(draftQuestions(cnn, [dutch]).map((d) => d.id)).toEqual(cnnDrafts.map((d) => d.id));
    const edited: DraftSource = {
      ...dutch,
      passages: dutch.passages.map((p, i) => (i === 0 ? { ...p, text: "Advertisement" } : p)),
    };
    const after = new Map(draftQuestions(edited, [cnn]).map((d) => [d.id, d]));
    const kept = dutchDrafts.filter((d) => d.citation.passage !== dutch.passages[0].key && after.has(d.id));
    expect(kept.length).toBeGreaterThan(dutchDrafts.length / 2);
    for (const d of kept) expect(after.get(d.id)!.citation).toEqual(d.citation);
  });
});

describe("draftQuestions' rules on crafted articles", () => {
  it("drafts nothing from page chrome, notes, garbled or short sentences", () => {
    const drafts = draftQuestions(
      article([
        "Advertisement",
        "Read more: Yellen to visit Beijing in April",
        "The minister [translator's note: possibly the deputy minister] met Janet Yellen in Beijing on Monday.",
        "immediately caught my attention in Beijing on Monday after the talks.",
        "Yellen in Beijing.",
        "By Sam Fossum, CNN",
      ]),
    );
    expect(drafts).toEqual([]);
  });

  it("proposes multiple choice only with three distinct distractors", () => {
    for (const d of [...cnnDrafts, ...dutchDrafts].filter((x) => x.type === "multiple-choice")) {
      expect(d.choices).toHaveLength(4);
      expect(new Set(d.choices.map(normaliseAnswer)).size).toBe(4);
      expect(d.choices).toContain(d.answers[0]);
    }
  });
});

describe("draftQuestions on an article that repeats itself", () => {
  it("drafts from a repeated sentence once, as from one sentence (a pasted article's duplicated paragraphs)", () => {
    const paragraph =
      "Riverton Borough Council voted on Tuesday to spend £4.2 million rebuilding the Central Library on Market Street, ending a long dispute over the building.";
    const once = draftQuestions(article([paragraph]));
    const repeated = draftQuestions(article([paragraph, paragraph, paragraph, paragraph]));
    expect(once).toHaveLength(1);
    expect(repeated).toHaveLength(1);
  });
});
