// Finding a quote that no longer stands verbatim: approximate search with a bounded number of edits
// (approx-string-match, the Myers bit-vector matcher Hypothesis uses), each candidate scored by how well
// the quote and the text around it agree with what was cited. The idea of weighing the quote, its prefix,
// its suffix and its old place together follows Hypothesis's anchoring/match-quote.
import search from "approx-string-match";
import { distance } from "fastest-levenshtein";
import type { TextQuoteSelector } from "./text-quote";
import { splitsCharacter } from "./utf16";

/** A place in a text that reads nearly as the quote: UTF-16 offsets, edits needed, and a score 0–1 (1 is perfect). */
export type ApproximateMatch = { start: number; end: number; errors: number; score: number };

/** Most edits (insertions, deletions, substitutions) a match may need: a quarter of the quote's length. */
export function maxErrorsFor(exact: string): number {
  return Math.floor(exact.length / 4);
}

// The quote's own text weighs most; its context tells repeated or similar phrases apart; the old place
// breaks the remaining ties.
const WEIGHTS = { quote: 0.6, prefix: 0.15, suffix: 0.15, place: 0.1 };

/**
 * The places in `text` reading as `quote.exact` with at most maxErrorsFor(exact) edits, best first.
 * `hint` is the quote's old start in this same text, if it was cited here; without it the place scores 0.
 * Offsets never cut a character in half. Empty when nothing is close enough.
 */
export function findApproximateQuote(text: string, quote: TextQuoteSelector, hint?: number): ApproximateMatch[] {
  const { exact } = quote;
  const maxErrors = maxErrorsFor(exact);
  if (exact.length === 0 || text.length < exact.length - maxErrors) return [];
  return search(text, exact, maxErrors)
    .map(({ start, end, errors }) => {
      if (splitsCharacter(text, start)) start--;
      if (splitsCharacter(text, end)) end++;
      return { start, end, errors, score: scoreMatch(text, quote, { start, end, errors }, hint) };
    })
    .sort((a, b) => b.score - a.score || a.start - b.start);
}

/** The score (0–1) of reading `quote` at `match` in `text`, as findApproximateQuote scores its matches. */
export function scoreMatch(
  text: string,
  quote: TextQuoteSelector,
  match: { start: number; end: number; errors: number },
  hint?: number,
): number {
  const before = text.slice(Math.max(0, match.start - quote.prefix.length), match.start);
  const after = text.slice(match.end, match.end + quote.suffix.length);
  const place = hint === undefined ? 0 : 1 - Math.min(1, Math.abs(match.start - hint) / Math.max(1, text.length));
  return (
    WEIGHTS.quote * (1 - match.errors / Math.max(1, quote.exact.length)) +
    WEIGHTS.prefix * likeness(before, quote.prefix) +
    WEIGHTS.suffix * likeness(after, quote.suffix) +
    WEIGHTS.place * place
  );
}

/** 1 − edit distance ÷ the longer length: 1 for equal texts (two empty ones too), 0 for nothing in common. */
function likeness(actual: string, expected: string): number {
  const longer = Math.max(actual.length, expected.length);
  return longer === 0 ? 1 : 1 - distance(actual, expected) / longer;
}
