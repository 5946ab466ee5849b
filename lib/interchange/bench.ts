// Issue 19's export budget for npm run bench: a 500-question set exported in every format in ≤ 2 s together. The
// set is synthetic but shaped like a real one: all five types in turn, each citing a passage of one long article
// made of the shipped passages (real prose, so text escaping and zipping do real work).
import { performance } from "node:perf_hooks";
import { loadContent } from "../content/load";
import { BLANK } from "../content/parse-set";
import { QUESTION_TYPES } from "../content/types";
import { EXPORT_FORMAT_INFO } from "./export-formats";
import type { ExportedQuestion, ExportedSet, ExportFormat } from "./types";

const APP = "https://footnote.bench";

/** A set of `questions` questions (types in turn) citing the passages of one article of `passages` passages. */
export function benchSet(questions = 500, passages = 200): ExportedSet {
  const texts = loadContent().articles.flatMap((a) => a.passages.map((p) => p.text));
  const article = {
    id: "bench-article",
    title: "Benchmark article",
    outlet: "Bench",
    translationNote: null,
    sourceUrl: null,
    publishedOn: null,
    passages: Array.from({ length: passages }, (_, i) => ({ key: `p${i + 1}`, text: texts[i % texts.length] })),
  };
  const made = Array.from({ length: questions }, (_, i): ExportedQuestion => {
    const passage = article.passages[i % passages];
    const words = passage.text.split(/\s+/);
    const quote = words.slice(0, Math.min(6, words.length)).join(" ");
    const answer = words[Math.min(2, words.length - 1)];
    const type = QUESTION_TYPES[i % QUESTION_TYPES.length];
    const citation = {
      article: article.id,
      passage: passage.key,
      quote,
      prefix: "",
      suffix: passage.text.slice(quote.length, quote.length + 32),
      start: 0,
      end: quote.length,
      passageText: passage.text,
      link: `${APP}/articles/${article.id}#${passage.key}`,
    };
    const common = { id: `q${i + 1}`, explanation: `Passage ${passage.key} says so: ${quote}.`, held: false };
    const prompt = `Question ${i + 1}: which word comes third in "${quote}"?`;
    switch (type) {
      case "multiple-choice":
        return {
          ...common,
          type,
          prompt,
          choices: [answer, "alpha", "beta", "gamma"],
          answers: [answer],
          citations: [citation],
        };
      case "true-false":
        return {
          ...common,
          type,
          prompt: `${quote}: true?`,
          choices: ["True", "False"],
          answers: ["True"],
          citations: [citation],
        };
      case "cloze":
        return {
          ...common,
          type,
          prompt: quote.replace(answer, BLANK),
          choices: [],
          answers: [answer],
          citations: [citation],
        };
      default:
        return { ...common, type, prompt, choices: [], answers: [answer, answer.toLowerCase()], citations: [citation] };
    }
  });
  return {
    id: "bench-set",
    title: "Benchmark set",
    description: "A synthetic set for timing exports.",
    order: 0,
    link: `${APP}/sets/bench-set`,
    questions: made,
    articles: [article],
  };
}

/**
 * One format's run: its wall time and the CPU time the process spent meanwhile (user + system, steadier than wall
 * time on a shared machine), ms; the file's size in bytes and how many questions it left out; or the error it
 * threw (a format not written yet).
 */
export type FormatTiming =
  | { format: ExportFormat; ms: number; cpuMs: number; bytes: number; leftOut: number }
  | { format: ExportFormat; error: string };

/** Exports `set` once in every format of EXPORT_FORMAT_INFO, in turn, timing each (its loading not counted). */
export async function benchExports(set: ExportedSet): Promise<FormatTiming[]> {
  const timings: FormatTiming[] = [];
  for (const [format, info] of Object.entries(EXPORT_FORMAT_INFO) as [
    ExportFormat,
    (typeof EXPORT_FORMAT_INFO)[ExportFormat],
  ][]) {
    const exporter = await info.load();
    const cpu = process.cpuUsage();
    const start = performance.now();
    try {
      const file = await exporter(set);
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000;
      const leftOut = file.leftOut.reduce((n, l) => n + l.count, 0);
      timings.push({ format, ms, cpuMs, bytes: file.bytes.length, leftOut });
    } catch (error) {
      timings.push({ format, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return timings;
}
