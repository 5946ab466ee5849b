// Issue 18's in-process budget: "find the evidence" over a 20,000-word article ≤ 50 ms per question (median,
// the article's index warm), with the index's cold build reported. Three runs; the run with the median median counts.
import { benchFindEvidence, type EvidenceBench } from "../lib/drafts/evidence-bench";

/** Runs benchFindEvidence `runs` times; returns the run whose median is the median, ms. */
export function evidenceBench(runs = 3): EvidenceBench {
  const all = Array.from({ length: runs }, () => benchFindEvidence());
  return [...all].sort((a, b) => a.medianMs - b.medianMs)[Math.floor(runs / 2)];
}
