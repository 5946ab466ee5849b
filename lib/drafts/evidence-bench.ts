// The micro-benchmark of issue 18's "find the evidence" budget for npm run bench to call: over a 20,000-word
// article, a proposal in ≤ 50 ms (median per question, the article's index warm), with the index's cold build
// reported beside it. Synthetic, seeded text, so every run measures the same work.
import { performance } from "node:perf_hooks";
import { clearEvidenceCache, findEvidence, type EvidenceQuestion } from "./evidence";
import type { DraftSource } from "./types";
import { random } from "../authoring/bench";

const VOCABULARY = (
  "leaders talks trade China United States president call phone week officials Taiwan security economy policy " +
  "summit minister government report visit meeting agreement market tariffs military climate students school " +
  "teacher harbour bridge ferry winter council budget water energy health vaccine election court judge law " +
  "river city mayor spring harvest factory workers union strike railway station museum library hospital"
).split(" ");
const CONNECTIVES = "the a of and to in that said with for on by after before".split(" ");
const NAMES = ["Ilse Brandt", "José Müller", "Lai Ching-te", "Janet Yellen", "Xi Jinping", "Ana Ortiz"];

export type EvidenceBench = {
  words: number;
  passages: number;
  questions: number;
  /** Median wall time of one findEvidence call with the index warm, ms. */
  medianMs: number;
  /** Slowest warm call, ms. */
  maxMs: number;
  /** The first call on a cold cache: building the article's index and answering, ms. */
  coldMs: number;
  /** Share (0–1) of questions whose first proposal is the sentence they were written from. */
  foundShare: number;
};

/**
 * Builds a `words`-word article of 12-word sentences in 4-sentence passages (a name or a year in many
 * sentences), then asks `questions` short-answer questions, each written from one sentence (five of its
 * words, answer its name or year), timing each findEvidence call. Returns the timings (ms) and how often the
 * first proposal was the sentence the question came from.
 */
export function benchFindEvidence({ words = 20_000, questions = 60, seed = 18 } = {}): EvidenceBench {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  type Sentence = { text: string; answer: string; content: string[] };
  const sentences: Sentence[] = [];
  for (let count = 0; count < words;) {
    const content = Array.from({ length: 8 }, () => pick(VOCABULARY));
    const answer = next() < 0.5 ? pick(NAMES) : String(1900 + Math.floor(next() * 120));
    const body = content.flatMap((w, i) => (i % 3 === 2 ? [w, pick(CONNECTIVES)] : [w]));
    body.splice(Math.floor(next() * body.length), 0, answer);
    const text = `${body.join(" ")}.`;
    sentences.push({ text: text[0].toUpperCase() + text.slice(1), answer, content });
    count += text.split(" ").length;
  }
  const passages: { key: string; text: string }[] = [];
  for (let i = 0; i < sentences.length; i += 4)
    passages.push({
      key: `p${i / 4 + 1}`,
      text: sentences
        .slice(i, i + 4)
        .map((s) => s.text)
        .join(" "),
    });
  const article: DraftSource = { id: "bench-article", title: "Bench", passages };

  const asked = Array.from({ length: questions }, (_, i) => sentences[(i * 37) % sentences.length]);
  const questionOf = (s: Sentence): EvidenceQuestion => ({
    type: "short-answer",
    prompt: `${s.content.slice(0, 5).join(" ")}: who or when?`,
    choices: [],
    answers: [s.answer],
  });

  clearEvidenceCache();
  const coldStart = performance.now();
  findEvidence(questionOf(asked[0]), [article]);
  const coldMs = performance.now() - coldStart;

  const times: number[] = [];
  let found = 0;
  for (const s of asked) {
    const started = performance.now();
    const [best] = findEvidence(questionOf(s), [article]);
    times.push(performance.now() - started);
    if (best?.quote === s.text) found++;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    words: passages.reduce((n, p) => n + p.text.split(" ").length, 0),
    passages: passages.length,
    questions,
    medianMs: round(sorted[Math.floor(sorted.length / 2)]),
    maxMs: round(sorted.at(-1)!),
    coldMs: round(coldMs),
    foundShare: found / questions,
  };
}
