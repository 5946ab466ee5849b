import { describe, expect, it } from "vitest";
import type { DraftSource } from "./types";
import { clearEvidenceCache, findEvidence, type Evidence } from "./evidence";

const harbour: DraftSource = {
  id: "harbour",
  title: "The harbour",
  passages: [
    {
      key: "p1",
      text: "The harbour froze in the winter of 1947, and the ferries stopped for six weeks. Fishermen walked on the ice.",
    },
    {
      key: "p2",
      text: "Mayor Ilse Brandt opened the new bridge on 3 May 1952; the ferry service ended that summer.",
    },
    { key: "p3", text: "Brandt was born in Kiel. She later wrote that Brandt’s bridge “changed the town for good.”" },
  ],
};

const port: DraftSource = {
  id: "port",
  title: "The port authority",
  passages: [
    { key: "a", text: "The port authority counted 4,200 ships in 1960. Most of them carried timber." },
    { key: "b", text: "Its first director, José Müller, resigned after two years over the cost of dredging." },
  ],
};

const verbatim = (found: Evidence[], sources: DraftSource[]) => {
  for (const e of found) {
    const text = sources.find((s) => s.id === e.article)!.passages.find((p) => p.key === e.passage)!.text;
    expect(text.slice(e.start, e.end)).toBe(e.quote);
  }
};

describe("findEvidence", () => {
  it("finds the passage and the sentence that hold a short answer, verbatim, in whichever article states it", () => {
    const sources = [harbour, port];
    const bridge = findEvidence(
      { type: "short-answer", prompt: "Who opened the new bridge?", choices: [], answers: ["Ilse Brandt", "Brandt"] },
      sources,
    );
    expect(bridge[0]).toMatchObject({ article: "harbour", passage: "p2" });
    // The clause before the semicolon holds the answer and is long enough to stand as evidence.
    expect(bridge[0].quote).toBe("Mayor Ilse Brandt opened the new bridge on 3 May 1952");
    const ships = findEvidence(
      {
        type: "short-answer",
        prompt: "How many ships did the port authority count in 1960?",
        choices: [],
        answers: ["4,200"],
      },
      sources,
    );
    expect(ships[0]).toMatchObject({
      article: "port",
      passage: "a",
      quote: "The port authority counted 4,200 ships in 1960.",
    });
    verbatim([...bridge, ...ships], sources);
  });

  it("quotes only the sentence of a long passage that holds the answer, and offsets are UTF-16", () => {
    const found = findEvidence(
      {
        type: "multiple-choice",
        prompt: "How long did the ferries stop?",
        choices: ["Two days", "Six weeks", "A year"],
        answers: ["Six weeks"],
      },
      [harbour],
    );
    expect(found[0]).toMatchObject({
      passage: "p1",
      quote: "The harbour froze in the winter of 1947, and the ferries stopped for six weeks.",
      start: 0,
    });
    verbatim(found, [harbour]);
  });

  it("picks, of an answer said twice, the sentence that also holds the question's words", () => {
    const found = findEvidence(
      { type: "short-answer", prompt: "Where was the mayor born?", choices: [], answers: ["Kiel"] },
      [
        {
          id: "twice",
          title: "Twice",
          passages: [
            {
              key: "x",
              text: "Ships from Kiel came every week. The mayor was born in Kiel in 1901, a sailor's daughter.",
            },
          ],
        },
      ],
    );
    expect(found).toHaveLength(1);
    expect(found[0].quote).toBe("The mayor was born in Kiel in 1901, a sailor's daughter.");
    expect(found[0].start).toBe(33);
  });

  it("matches despite accents, case and curly quotes, quoting the passage as written", () => {
    const found = findEvidence(
      {
        type: "short-answer",
        prompt: "Who was the port authority's first director?",
        choices: [],
        answers: ["jose muller"],
      },
      [harbour, port],
    );
    expect(found[0]).toMatchObject({
      article: "port",
      passage: "b",
      quote: "Its first director, José Müller, resigned after two years over the cost of dredging.",
    });
    const curly = findEvidence(
      {
        type: "cloze",
        prompt: 'She wrote that the bridge "_____ the town for good".',
        choices: [],
        answers: ["changed"],
      },
      [harbour],
    );
    expect(curly[0]).toMatchObject({
      passage: "p3",
      quote: "She later wrote that Brandt’s bridge “changed the town for good.”",
    });
    verbatim([...found, ...curly], [harbour, port]);
  });

  it("ranks the statement's passage first for true/false, whether the statement is true or false", () => {
    for (const prompt of ["The harbour froze in the winter of 1947.", "The harbour froze in the winter of 1950."]) {
      const found = findEvidence({ type: "true-false", prompt, choices: ["True", "False"], answers: ["True"] }, [
        harbour,
        port,
      ]);
      expect(found[0]).toMatchObject({ article: "harbour", passage: "p1" });
      expect(found[0].quote).toBe("The harbour froze in the winter of 1947, and the ferries stopped for six weeks.");
    }
  });

  it("still proposes the best sentence when the answer is paraphrased, scored below a verbatim one", () => {
    const found = findEvidence(
      { type: "short-answer", prompt: "What did most ships carry?", choices: [], answers: ["wood"] },
      [harbour, port],
    );
    expect(found[0]).toMatchObject({ article: "port", passage: "a", quote: "Most of them carried timber." });
    const verbatimScore = findEvidence(
      { type: "short-answer", prompt: "What did most ships carry?", choices: [], answers: ["timber"] },
      [harbour, port],
    )[0].score;
    expect(found[0].score).toBeLessThan(verbatimScore);
  });

  it("returns nothing when no passage shares a word with the question, and at most `limit` proposals", () => {
    expect(
      findEvidence({ type: "short-answer", prompt: "Which planet has rings?", choices: [], answers: ["Saturn"] }, [
        harbour,
        port,
      ]),
    ).toEqual([]);
    expect(findEvidence({ type: "flashcard", prompt: "the", choices: [], answers: ["a"] }, [harbour])).toEqual([]);
    const broad = findEvidence(
      { type: "short-answer", prompt: "Brandt bridge harbour ferries port", choices: [], answers: ["x"] },
      [harbour, port],
    );
    expect(broad.length).toBe(3);
    expect(
      findEvidence(
        { type: "short-answer", prompt: "Brandt bridge harbour ferries port", choices: [], answers: ["x"] },
        [harbour, port],
        { limit: 1 },
      ),
    ).toHaveLength(1);
    expect(broad.map((e) => e.score)).toEqual([...broad.map((e) => e.score)].sort((a, b) => b - a));
  });

  it("does not take part of a word for the answer", () => {
    const found = findEvidence({ type: "short-answer", prompt: "Which country?", choices: [], answers: ["Iran"] }, [
      { id: "i", title: "I", passages: [{ key: "k", text: "The Iranian delegation left early." }] },
    ]);
    expect(found).toEqual([]);
  });

  it("sees an article's new text after an edit (the cache is keyed by the text, not only the id)", () => {
    clearEvidenceCache();
    const question = { type: "short-answer" as const, prompt: "What froze?", choices: [], answers: ["the harbour"] };
    expect(findEvidence(question, [harbour])[0].passage).toBe("p1");
    const edited: DraftSource = { ...harbour, passages: [{ key: "p9", text: "In 1947 the harbour froze solid." }] };
    expect(findEvidence(question, [edited])[0]).toMatchObject({
      passage: "p9",
      quote: "In 1947 the harbour froze solid.",
    });
  });
});
