// Issue 18's drafting budget: drafts for a 5,000-word article ≤ 2 s. The first run warms compromise's lexicon and
// the JIT and is not counted; the median of the next runs counts, since one run on a shared machine can be unlucky.
import { benchDrafts } from "../lib/drafts/bench";

export type DraftsBenchResult = { words: number; drafts: number; medianMs: number; cpuMs: number };

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Runs benchDrafts `runs` times after one warm-up; returns the median wall time and that run's CPU time, ms. */
export function draftsBench(runs = 5): DraftsBenchResult {
  benchDrafts();
  const all = Array.from({ length: runs }, () => benchDrafts()).sort((a, b) => a.ms - b.ms);
  const mid = all[Math.floor(runs / 2)];
  return { words: mid.words, drafts: mid.drafts, medianMs: round(mid.ms), cpuMs: round(mid.cpuMs) };
}
