// A teacher's article as passages: plain text split at blank lines, each paragraph with a key that
// survives edits elsewhere, so citations into it keep pointing at the right words.
import { AppError } from "../errors/app-error";
import { ARTICLE_MAX_CHARACTERS, ARTICLE_MAX_PASSAGES, limitError } from "./limits";
import { codePointLength, splitsCharacter } from "./utf16";

/** One paragraph of an article: `key` is stable across edits (lower-case, content/'s id pattern), `text` plain. */
export type AuthoredPassage = { key: string; text: string };

export type SplitOptions = {
  /** The article's passages before this edit, in order: unchanged and similar paragraphs keep their keys. */
  previous?: readonly AuthoredPassage[];
  /**
   * Keys used before and no longer in `previous` (archived passages): never given out again, so an orphaned
   * citation can never attach itself to a new paragraph.
   */
  retiredKeys?: Iterable<string>;
};

// HTML collapses exactly these when it shows a passage, so a selection in the browser reads the same
// characters as the stored text. Other spaces (no-break, thin) are the author's and stay.
const COLLAPSIBLE = /[ \t\n\f]+/g;
// NUL cannot be stored in PostgreSQL text, and the other controls are invisible noise from copy and paste.
const CONTROLS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// A line that looks blank: any whitespace but a line break (no-break, thin, ideographic spaces…) and the
// zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner) that pages and word processors leave on "empty" lines.
const BLANK_LINE = /\n(?:[^\S\n]|[\u200b-\u200d\u2060])*\n/;
const VISIBLE = /[^\s\u200b-\u200d\u2060]/;

/**
 * Splits plain text into paragraphs: line endings (CRLF, CR, NEL, U+2028) become line breaks, U+2029 and
 * lines that look blank (only whitespace of any kind, or zero-width characters) separate paragraphs,
 * HTML-collapsible whitespace inside a paragraph becomes one space, and the ends are trimmed; a paragraph
 * with nothing visible is none. Control characters are dropped, lone surrogates become U+FFFD, and the text is
 * put in Unicode Normalization Form C (canonically equivalent: it reads the same), so accents decomposed by the
 * system it came from (macOS, many PDFs) match the same words pasted again or typed in a quote. Every other
 * character is kept as written. Returns the paragraphs' texts, none empty.
 */
export function paragraphs(text: string): string[] {
  return text
    .replace(LONE_SURROGATE, "\ufffd")
    .normalize("NFC")
    .replace(/\r\n?|\u0085|\u2028/g, "\n")
    .replace(/\u2029/g, "\n\n")
    .replace(CONTROLS, "")
    .split(BLANK_LINE)
    .map((paragraph) => paragraph.replace(COLLAPSIBLE, " ").trim())
    .filter((paragraph) => VISIBLE.test(paragraph));
}

/**
 * Splits `text` into passages. With `previous`, each paragraph whose text is unchanged keeps its key
 * (equal texts matched in order), then each remaining paragraph takes the key of a remaining old passage it
 * resembles most (word overlap ≥ 0.5), looked for in order between its unchanged neighbours; every other paragraph
 * gets a new key `p<n>`, numbered above every key in `previous` and `retiredKeys`.
 * Throws AppError("article-too-long" | "too-many-passages") past ARTICLE_MAX_CHARACTERS / ARTICLE_MAX_PASSAGES.
 */
export function splitPassages(text: string, options: SplitOptions = {}): AuthoredPassage[] {
  const texts = paragraphs(text);
  assertArticleLimits(texts);
  const previous = options.previous ?? [];
  const keys = matchKeys(previous, texts);
  const next = keyCounter([...previous.map((p) => p.key), ...(options.retiredKeys ?? [])]);
  return texts.map((paragraph, i) => ({ key: keys[i] ?? next(), text: paragraph }));
}

/**
 * Joins the passage `key` with the one after it, with one space between; the joined passage keeps `key`
 * and the second key leaves the article (the caller retires it). Throws AppError("no-next-passage" | "unknown-passage").
 */
export function joinPassages(passages: readonly AuthoredPassage[], key: string): AuthoredPassage[] {
  const index = indexOf(passages, key);
  if (index === passages.length - 1) throw new AppError("no-next-passage");
  const joined = { key, text: `${passages[index].text} ${passages[index + 1].text}` };
  return [...passages.slice(0, index), joined, ...passages.slice(index + 2)];
}

/**
 * Splits the passage `key` at `offset` (UTF-16 code units into its text, as a browser selection counts):
 * the first half keeps `key`, the second gets a new key above every key in `passages` and `retiredKeys`.
 * Both halves are trimmed. Throws AppError("offset-out-of-range" | "empty-half") when the offset is outside the text or inside a
 * character, or leaves a half empty; AppError("too-many-passages") past ARTICLE_MAX_PASSAGES.
 */
export function splitPassage(
  passages: readonly AuthoredPassage[],
  key: string,
  offset: number,
  retiredKeys: Iterable<string> = [],
): AuthoredPassage[] {
  const index = indexOf(passages, key);
  const { text } = passages[index];
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length || splitsCharacter(text, offset)) {
    throw new AppError("offset-out-of-range");
  }
  const first = text.slice(0, offset).trim();
  const second = text.slice(offset).trim();
  if (!first || !second) throw new AppError("empty-half");
  if (passages.length + 1 > ARTICLE_MAX_PASSAGES)
    throw limitError("article passages", ARTICLE_MAX_PASSAGES, passages.length + 1);
  const next = keyCounter([...passages.map((p) => p.key), ...retiredKeys]);
  return [
    ...passages.slice(0, index),
    { key, text: first },
    { key: next(), text: second },
    ...passages.slice(index + 1),
  ];
}

function assertArticleLimits(texts: readonly string[]): void {
  if (texts.length > ARTICLE_MAX_PASSAGES) throw limitError("article passages", ARTICLE_MAX_PASSAGES, texts.length);
  let characters = 0;
  for (const text of texts) characters += codePointLength(text);
  if (characters > ARTICLE_MAX_CHARACTERS) throw limitError("article characters", ARTICLE_MAX_CHARACTERS, characters);
}

function indexOf(passages: readonly AuthoredPassage[], key: string): number {
  const index = passages.findIndex((p) => p.key === key);
  if (index === -1) throw new AppError("unknown-passage", { message: `There is no passage "${key}" in this article.` });
  return index;
}

/** Gives out p1, p2, … above the highest `p<n>` among `used` (other keys cannot collide with that form). */
function keyCounter(used: Iterable<string>): () => string {
  let highest = 0;
  for (const key of used) {
    const number = /^p(\d+)$/.exec(key);
    if (number) highest = Math.max(highest, Number(number[1]));
  }
  return () => `p${++highest}`;
}

const SIMILAR = 0.5;
// Looking further than this for a similar paragraph costs time on a rewritten article and finds little:
// after a wholesale rewrite new keys are the honest answer.
const LOOKAHEAD = 20;

/** For each new paragraph, the key of the old passage it continues, if any. */
function matchKeys(previous: readonly AuthoredPassage[], texts: readonly string[]): (string | undefined)[] {
  const oldFor: (number | undefined)[] = new Array(texts.length).fill(undefined);
  const taken = new Array<boolean>(previous.length).fill(false);

  const byText = new Map<string, number[]>();
  previous.forEach((p, j) => byText.set(p.text, [...(byText.get(p.text) ?? []), j]));
  texts.forEach((text, i) => {
    const j = byText.get(text)?.shift();
    if (j !== undefined) {
      oldFor[i] = j;
      taken[j] = true;
    }
  });

  const words = new Map<number, Map<string, number>>();
  const oldWords = (j: number) => {
    if (!words.has(j)) words.set(j, wordCounts(previous[j].text));
    return words.get(j)!;
  };
  const nextExact = new Array<number>(texts.length);
  for (let i = texts.length - 1, after = previous.length; i >= 0; i--) {
    nextExact[i] = after;
    if (oldFor[i] !== undefined) after = oldFor[i]!;
  }
  for (let i = 0; i < texts.length; i++) {
    if (oldFor[i] !== undefined) continue;
    // Similar paragraphs are looked for between the old places of this paragraph's neighbours, skipping
    // a neighbour that moved from further down.
    const upperBound = nextExact[i];
    let lowerBound = -1;
    for (let k = 0; k < i; k++)
      if (oldFor[k] !== undefined && oldFor[k]! < upperBound) lowerBound = Math.max(lowerBound, oldFor[k]!);
    const mine = wordCounts(texts[i]);
    let looked = 0;
    let best = { j: -1, similarity: SIMILAR };
    for (let j = lowerBound + 1; j < upperBound && looked < LOOKAHEAD; j++) {
      if (taken[j]) continue;
      looked++;
      const score = similarity(mine, oldWords(j));
      if (score >= best.similarity && (best.j === -1 || score > best.similarity)) best = { j, similarity: score };
    }
    if (best.j !== -1) {
      oldFor[i] = best.j;
      taken[best.j] = true;
    }
  }
  return oldFor.map((j) => (j === undefined ? undefined : previous[j].key));
}

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Dice coefficient of two word multisets, 0–1. */
function similarity(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [word, count] of a) {
    shared += Math.min(count, b.get(word) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}
