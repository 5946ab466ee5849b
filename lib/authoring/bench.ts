// Micro-benchmarks of issue 17's budgets for npm run bench to call: re-anchoring 500 citations in a
// 20,000-word article after an edit (≤ 200 ms). Synthetic, seeded text, so every run measures the same work.
import { performance } from "node:perf_hooks";
import { splitPassages, type AuthoredPassage } from "./passages";
import { reanchorCitations, type ReanchorOutcome } from "./reanchor";
import { describeSelection, type QuoteAnchor } from "./text-quote";

const VOCABULARY = (
  "the a of and to in that said leaders talks trade China United States president call phone week officials " +
  "Taiwan security economy policy summit minister government report visit meeting agreement market tariffs " +
  "military climate students school teacher article source evidence question answer passage quote history " +
  "Tuesday November spring river city council budget water energy health vaccine election court judge law"
).split(" ");

/** A seeded pseudo-random source (mulberry32), 0 ≤ x < 1, so the benchmark's text is the same each run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type ReanchorBench = {
  words: number;
  passages: number;
  citations: number;
  /** Wall time of reanchorCitations alone, ms. */
  ms: number;
  outcomes: Record<ReanchorOutcome["status"], number>;
};

/**
 * Builds a `words`-word article in 50-word passages with `citations` quotes of 4–9 words, then edits it as a
 * teacher might (a word changed inside 10 quotes, 5 paragraphs moved, 5 deleted, 20 others reworded, 5 added)
 * and times re-anchoring every citation. Returns the time (ms) and how many citations had each outcome.
 */
export function benchReanchor({ words = 20_000, citations = 500, seed = 17 } = {}): ReanchorBench {
  const next = random(seed);
  const pick = () => VOCABULARY[Math.floor(next() * VOCABULARY.length)];
  const paragraphs = Array.from({ length: Math.ceil(words / 50) }, () => Array.from({ length: 50 }, pick));
  const before = splitPassages(paragraphs.map((p) => p.join(" ")).join("\n\n"));

  const anchors: QuoteAnchor[] = [];
  const quoted: { passage: number; word: number; length: number }[] = [];
  for (let i = 0; i < citations; i++) {
    const passage = (i * 7) % before.length;
    const word = Math.floor(next() * 40);
    const length = 4 + Math.floor(next() * 6);
    const start = paragraphs[passage].slice(0, word).join(" ").length + (word > 0 ? 1 : 0);
    const end = start + paragraphs[passage].slice(word, word + length).join(" ").length;
    anchors.push({ passageKey: before[passage].key, ...describeSelection(before[passage].text, { start, end }) });
    quoted.push({ passage, word, length });
  }

  const edited = paragraphs.map((p) => [...p]);
  for (const { passage, word, length } of quoted.slice(0, 10)) edited[passage][word + Math.floor(length / 2)] = "changed";
  for (let i = 0; i < 20; i++) edited[(i * 13 + 5) % edited.length][45] = "reworded";
  const order = edited.map((_, i) => i);
  const deleted = new Set([3, 50, 101, 202, 303].map((i) => i % edited.length));
  const moves = [10, 90, 180, 270, 360].map((i) => i % edited.length);
  const kept = order.filter((i) => !deleted.has(i) && !moves.includes(i));
  for (const moved of moves) kept.splice(Math.floor(next() * kept.length), 0, moved);
  const text = kept.map((i) => edited[i].join(" "));
  for (let i = 0; i < 5; i++) text.splice(i * 60, 0, Array.from({ length: 50 }, pick).join(" "));
  const after: AuthoredPassage[] = splitPassages(text.join("\n\n"), { previous: before });

  const started = performance.now();
  const outcomes = reanchorCitations(anchors, after, before);
  const ms = performance.now() - started;
  const counts = { unchanged: 0, moved: 0, check: 0, orphaned: 0 };
  for (const outcome of outcomes) counts[outcome.status]++;
  return { words: paragraphs.length * 50, passages: before.length, citations, ms, outcomes: counts };
}
