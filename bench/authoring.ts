// Issue 17's in-process budgets: re-anchoring 500 citations in a 20,000-word article after an edit, and reading a
// 5 MB .docx. Each runs a few times and the median counts, since one run on a shared machine can be unlucky.
import { benchReadDocx, benchReanchor } from "../lib/authoring/bench";

export type AuthoringBench = {
  reanchor: { citations: number; words: number; medianMs: number; cpuMs: number };
  docx: { bytes: number; medianMs: number; cpuMs: number };
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (ms: number) => Math.round(ms * 10) / 10;

/** Runs benchReanchor `runs` times and benchReadDocx `runs` times; returns median wall time and its CPU time, ms. */
export async function authoringBench(runs = 5): Promise<AuthoringBench> {
  const reanchors = Array.from({ length: runs }, () => benchReanchor());
  const docxs = [];
  for (let i = 0; i < runs; i++) docxs.push(await benchReadDocx());
  const mid = <T extends { ms: number }>(all: T[]) => all.find((r) => r.ms === median(all.map((x) => x.ms)))!;
  const r = mid(reanchors);
  const d = mid(docxs);
  return {
    reanchor: { citations: r.citations, words: r.words, medianMs: round(r.ms), cpuMs: round(r.cpuMs) },
    docx: { bytes: d.bytes, medianMs: round(d.ms), cpuMs: round(d.cpuMs) },
  };
}
