// The micro-benchmark of issue 18's drafting budget for npm run bench to call: drafts for a 5,000-word article in
// ≤ 2 s. The article is the shipped articles' passages repeated (real prose, so compromise does real work), each
// with its own key.
import { performance } from "node:perf_hooks";
import { loadContent } from "../content/load";
import { draftQuestions } from "./draft";
import type { DraftSource } from "./types";

export type DraftsBench = {
  words: number;
  passages: number;
  drafts: number;
  /** Wall time of draftQuestions, ms. */
  ms: number;
  /** CPU time the process spent meanwhile (user + system), ms: steadier than wall time on a shared machine. */
  cpuMs: number;
};

/** An article of at least `words` words made of the content folder's passages in turn, keys p1, p2, … */
export function benchArticle(words = 5000, contentDir?: string): DraftSource {
  const texts = loadContent(contentDir).articles.flatMap((a) => a.passages.map((p) => p.text));
  const passages: DraftSource["passages"] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = texts[i % texts.length];
    passages.push({ key: `p${i + 1}`, text });
    count += text.split(/\s+/).length;
  }
  return { id: "bench-article", title: "Benchmark article", passages };
}

/** Times draftQuestions on benchArticle(`words`) once; returns wall and CPU time, ms. */
export function benchDrafts(words = 5000): DraftsBench {
  const article = benchArticle(words);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const drafts = draftQuestions(article);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return {
    words: article.passages.reduce((n, p) => n + p.text.split(/\s+/).length, 0),
    passages: article.passages.length,
    drafts: drafts.length,
    ms,
    cpuMs: (used.user + used.system) / 1000,
  };
}
