// Wrong choices for a multiple-choice draft and swaps for a false statement: entities of the answer's kind, from
// the same article first, then from the other articles of the set.
import type { Entity } from "./entities";
import { normaliseAnswer } from "./normalise";
import { numberValue } from "./nlp";
import type { EntityKind } from "./types";

/**
 * Whether two names mean the same thing: equal once normalised, the same number in digits or words ("30",
 * "thirty"), or one's words all in the other ("Biden").
 */
export function sameThing(a: string, b: string): boolean {
  const x = normaliseAnswer(a);
  const y = normaliseAnswer(b);
  if (x === y) return true;
  // "30" and "thirty" are one number.
  const n = numberValue(a);
  if (n !== undefined) return n === numberValue(b);
  const wx = x.split(" ");
  const wy = y.split(" ");
  const [short, long] = wx.length <= wy.length ? [wx, wy] : [wy, wx];
  return short.every((w) => long.includes(w));
}

const words = (text: string) => text.split(/\s+/).length;

/** A name that may be a distractor: its first spelling, how often the articles name it, and whether with "the". */
type Candidate = { text: string; kind: EntityKind; sub?: string; words: number; mentions: number; the: boolean };

/** The names distractors are drawn from, prepared once per article: its own, then the set's other articles'. */
export type DistractorPool = { own: Candidate[]; others: Candidate[] };

function candidates(entities: readonly Entity[], mentions: Map<string, number>, withThe: Set<string>): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const e of entities) {
    const key = normaliseAnswer(e.text);
    if (!key || byKey.has(key)) continue;
    byKey.set(key, {
      text: e.text,
      kind: e.kind,
      sub: e.sub,
      words: words(e.text),
      mentions: mentions.get(key)!,
      the: withThe.has(key),
    });
  }
  // Most-named first, then in reading order (a stable sort keeps it).
  return [...byKey.values()].sort((a, b) => b.mentions - a.mentions);
}

/** Prepares the names of an article (`own`) and of the set's other articles (`others`) for pickDistractors. */
export function distractorPool(own: readonly Entity[], others: readonly Entity[]): DistractorPool {
  const mentions = new Map<string, number>();
  const withThe = new Set<string>();
  for (const e of [...own, ...others]) {
    const key = normaliseAnswer(e.text);
    mentions.set(key, (mentions.get(key) ?? 0) + 1);
    if (e.the) withThe.add(key);
  }
  return { own: candidates(own, mentions, withThe), others: candidates(others, mentions, withThe) };
}

const THOUSANDS = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** Most times one count may be the other and still be a plausible wrong answer ("64" for "thirty", not "1,300"). */
const SIZE_RATIO = 5;

/** Whether two counts are of a size (within SIZE_RATIO of each other); true when either is no plain number. */
function sameSize(a: string, b: string): boolean {
  const [x, y] = [numberValue(a), numberValue(b)];
  if (x === undefined || y === undefined || x <= 0 || y <= 0) return true;
  return Math.max(x, y) / Math.min(x, y) <= SIZE_RATIO;
}

/** Same-kind numbers near `answer` (a year ±1–3, a number ±20–50 %), for when the articles name too few. */
function nearby(answer: Entity): string[] {
  const n = Number(answer.text.replace(/,/g, ""));
  if (!/^\d[\d,]*$/.test(answer.text) || !Number.isFinite(n)) return [];
  if (answer.kind === "year") return [n - 1, n + 1, n - 2, n + 2, n + 3].map(String);
  if (answer.kind !== "number" || n < 3) return [];
  // Rounded to two significant figures from 100 up (a made-up "249600" gives itself away), written like the answer.
  const round = (x: number) => (x < 100 ? Math.round(x) : Number(x.toPrecision(2)));
  const write = (x: number) => (answer.text.includes(",") ? THOUSANDS.format(x) : String(x));
  return [0.8, 1.25, 0.7, 1.5].map((f) => round(n * f)).flatMap((x) => (x === n ? [] : [write(x)]));
}

/**
 * Up to `count` distractors for `answer`: names of its kind from the article, then from the set's other articles
 * (`pool`), then for years and numbers values near it; none the same thing as the answer or each other, none
 * named in the answer's own sentence (`sentence`: what the article says there is true), of the answer's sort
 * where it has one (a city for a city, a month for a month), written with "the" when the answer is ("the United
 * States", never "the Beijing"), and preferring the answer's form (a surname for a surname, a full name for a
 * full name) and the names the articles mention most.
 */
export function pickDistractors(
  answer: Entity,
  sentence: readonly Entity[],
  pool: DistractorPool,
  count = 3,
): { text: string; kind: EntityKind }[] {
  const the = Boolean(answer.the);
  const fits = (c: Candidate) =>
    c.kind === answer.kind && c.sub === answer.sub && (answer.kind === "quotation" || c.the === the);
  const form = words(answer.text);
  const ordered = (list: Candidate[]) => {
    const fitting = list.filter(fits);
    return [...fitting.filter((c) => c.words === form), ...fitting.filter((c) => c.words !== form)].map((c) => c.text);
  };
  const taken: string[] = [];
  for (const text of [...ordered(pool.own), ...ordered(pool.others), ...nearby(answer)]) {
    if (taken.length >= count) break;
    if (sameThing(text, answer.text) || taken.some((t) => sameThing(t, text))) continue;
    if (sentence.some((e) => sameThing(e.text, text))) continue;
    if (answer.kind === "quotation" && (words(text) > 2 * form || 2 * words(text) < form)) continue;
    if (answer.kind === "number" && !sameSize(answer.text, text)) continue;
    taken.push(text);
  }
  return taken.map((text) => ({ text, kind: answer.kind }));
}
