// Wrong choices for a multiple-choice draft and swaps for a false statement: entities of the answer's kind, from
// the same article first, then from the other articles of the set.
import type { Entity } from "./entities";
import { normaliseAnswer } from "./normalise";
import type { EntityKind } from "./types";

/** Whether two names mean the same thing: equal once normalised, or one's words all in the other ("Biden"). */
export function sameThing(a: string, b: string): boolean {
  const x = normaliseAnswer(a);
  const y = normaliseAnswer(b);
  if (x === y) return true;
  const wx = x.split(" ");
  const wy = y.split(" ");
  const [short, long] = wx.length <= wy.length ? [wx, wy] : [wy, wx];
  return short.every((w) => long.includes(w));
}

const words = (text: string) => text.split(/\s+/).length;

/** Same-kind numbers near `answer` (a year ±1–3, a number ±10–30 %), for when the articles name too few. */
function nearby(answer: Entity): string[] {
  const n = Number(answer.text.replace(/,/g, ""));
  if (!/^\d[\d,]*$/.test(answer.text) || !Number.isFinite(n)) return [];
  if (answer.kind === "year") return [n - 1, n + 1, n - 2, n + 2, n + 3].map(String);
  if (answer.kind !== "number" || n < 3) return [];
  return [0.8, 1.25, 0.7, 1.5].map((f) => String(Math.round(n * f))).filter((x) => x !== String(n));
}

/**
 * Up to `count` distractors for `answer`: entities of its kind from `own` (the same article), then `others`
 * (the set's other articles), then for years and numbers values near it; none the same thing as the answer or
 * each other, none named in the answer's own sentence (`sentence`: what the article says there is true), of the
 * answer's sort where it has one (a city for a city, a month for a month), written with "the" when the answer is
 * ("the United States", never "the Beijing"), and preferring the answer's form (a surname for a surname, a full
 * name for a full name) and the names the articles mention most.
 */
export function pickDistractors(
  answer: Entity,
  sentence: readonly Entity[],
  own: readonly Entity[],
  others: readonly Entity[],
  count = 3,
): { text: string; kind: EntityKind }[] {
  const mentions = new Map<string, number>();
  const withThe = new Set<string>();
  for (const e of [...own, ...others]) {
    const key = normaliseAnswer(e.text);
    mentions.set(key, (mentions.get(key) ?? 0) + 1);
    if (e.the) withThe.add(key);
  }
  const fits = (e: Entity) =>
    e.kind === answer.kind &&
    e.sub === answer.sub &&
    (answer.kind === "quotation" || withThe.has(normaliseAnswer(e.text)) === Boolean(answer.the));
  const rank = (pool: readonly Entity[]) =>
    pool
      .filter(fits)
      .map((e, order) => ({ e, order }))
      .sort(
        (a, b) =>
          Number(words(b.e.text) === words(answer.text)) - Number(words(a.e.text) === words(answer.text)) ||
          (mentions.get(normaliseAnswer(b.e.text)) ?? 0) - (mentions.get(normaliseAnswer(a.e.text)) ?? 0) ||
          a.order - b.order,
      )
      .map(({ e }) => e.text);
  const candidates = [...rank(own), ...rank(others), ...nearby(answer)];
  const taken: string[] = [];
  for (const text of candidates) {
    if (taken.length >= count) break;
    if (sameThing(text, answer.text) || taken.some((t) => sameThing(t, text))) continue;
    if (sentence.some((e) => sameThing(e.text, text))) continue;
    if (answer.kind === "quotation" && (words(text) > 2 * words(answer.text) || 2 * words(text) < words(answer.text)))
      continue;
    taken.push(text);
  }
  return taken.map((text) => ({ text, kind: answer.kind }));
}
