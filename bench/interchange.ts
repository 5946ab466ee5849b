// Issue 19's export budget: a 500-question set exported in every format in ≤ 2 s together. The first pass loads each
// exporter's libraries and warms the JIT and is not counted; the pass with the median total of the next ones counts.
import { benchExports, benchSet, type FormatTiming } from "../lib/interchange/bench";

export type InterchangeBenchResult = {
  questions: number;
  /** Wall time of every format that exported, together, ms (the median pass). */
  totalMs: number;
  /** CPU time of the same, ms. */
  cpuMs: number;
  /** Each format's time in that pass, or the error it threw (apkg and anki-txt until part A1 is merged). */
  formats: FormatTiming[];
};

const round = (ms: number) => Math.round(ms * 10) / 10;
const total = (timings: FormatTiming[]) => timings.reduce((sum, t) => sum + ("ms" in t ? t.ms : 0), 0);

/** Times exporting benchSet(`questions`) in every format `runs` times after one warm-up pass. */
export async function interchangeBench(questions = 500, runs = 3): Promise<InterchangeBenchResult> {
  const set = benchSet(questions);
  await benchExports(set);
  const passes: FormatTiming[][] = [];
  for (let i = 0; i < runs; i++) passes.push(await benchExports(set));
  passes.sort((a, b) => total(a) - total(b));
  const mid = passes[Math.floor(runs / 2)];
  return {
    questions,
    totalMs: round(total(mid)),
    cpuMs: round(mid.reduce((sum, t) => sum + ("cpuMs" in t ? t.cpuMs : 0), 0)),
    formats: mid.map((t) => ("ms" in t ? { ...t, ms: round(t.ms), cpuMs: round(t.cpuMs) } : t)),
  };
}
