// How a citation points at its evidence: the W3C Web Annotation Data Model's TextQuoteSelector (the quote
// with some text either side, to find it again after edits) and TextPositionSelector (where it stood),
// both within one passage's text. https://www.w3.org/TR/annotation-model/#text-quote-selector and
// https://www.w3.org/TR/annotation-model/#text-position-selector
import { AppError } from "../errors/app-error";
import { splitsCharacter } from "./utf16";

/** The quote verbatim, with up to CONTEXT_LENGTH characters before (`prefix`) and after (`suffix`) it. */
export type TextQuoteSelector = { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };

/** UTF-16 offsets into the passage's text: `start` inclusive, `end` exclusive, as the W3C model and the DOM count. */
export type TextPositionSelector = { type: "TextPositionSelector"; start: number; end: number };

/** A citation's evidence: a passage of an article, and where in its text the quote stands. */
export type QuoteAnchor = { passageKey: string; quote: TextQuoteSelector; position: TextPositionSelector };

/** UTF-16 code units of context kept on each side (Hypothesis keeps 32 too); less at a passage's ends. */
export const CONTEXT_LENGTH = 32;

/**
 * Builds the selectors for `text.slice(start, end)`, a selection in a passage's text (UTF-16 offsets).
 * Whitespace at the selection's ends is left out (a double-click often takes a trailing space); the context
 * never cuts a character in half. Throws AppError("invalid-selection") when the offsets are outside the text, cut a
 * character in half, or select only whitespace.
 */
export function describeSelection(
  text: string,
  selection: { start: number; end: number },
): Omit<QuoteAnchor, "passageKey"> {
  let { start, end } = selection;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new AppError("invalid-selection");
  }
  if (splitsCharacter(text, start) || splitsCharacter(text, end))
    throw new AppError("invalid-selection", { message: "The selection cuts a character in half." });
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (start === end)
    throw new AppError("invalid-selection", {
      message: "The selection holds only spaces: select the words that are the evidence.",
    });

  return selectorsAt(text, start, end);
}

/**
 * The selectors for exactly `text.slice(start, end)`, nothing trimmed or checked (the caller knows the
 * offsets are whole characters inside the text): for re-describing a quote that must not change by a character.
 */
export function selectorsAt(text: string, start: number, end: number): Omit<QuoteAnchor, "passageKey"> {
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsCharacter(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsCharacter(text, suffixEnd)) suffixEnd--;
  return {
    quote: {
      type: "TextQuoteSelector",
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: "TextPositionSelector", start, end },
  };
}

/**
 * The selectors for the first place `exact` stands in `text`, or undefined when it does not: for a quote
 * pasted without JavaScript, and for citations written in content/ files, which carry the quote alone.
 */
export function describeQuote(text: string, exact: string): Omit<QuoteAnchor, "passageKey"> | undefined {
  const start = exact === "" ? -1 : text.indexOf(exact);
  if (start === -1) return undefined;
  return describeSelection(text, { start, end: start + exact.length });
}

// Marks people type for the typographer's ones: a pasted quote names the same words either way.
const APOSTROPHES = /['\u2018\u2019\u201b\u02bc]/u;
const DOUBLE_QUOTES = /["\u201c\u201d\u201e\u201f]/u;

/**
 * `text` as quotes are compared: each run of whitespace one space, quote marks straight, each character
 * decomposed (NFD); with, for each unit of that, the offset in `text` of the character it comes from, and
 * whether it is that character's first unit.
 */
function comparable(text: string): { text: string; from: number[]; first: boolean[] } {
  let out = "";
  const from: number[] = [];
  const first: boolean[] = [];
  for (const match of text.matchAll(/\s+|[^\s]/gsu)) {
    const piece = match[0];
    const unit = /^\s/.test(piece)
      ? " "
      : APOSTROPHES.test(piece)
        ? "'"
        : DOUBLE_QUOTES.test(piece)
          ? '"'
          : piece.normalize("NFD");
    for (let i = 0; i < unit.length; i++) {
      from.push(match.index);
      first.push(i === 0);
    }
    out += unit;
  }
  return { text: out, from, first };
}

/**
 * Where a quote a person pasted or typed stands in `text` (UTF-16 offsets of the passage's own characters,
 * `start` inclusive, `end` exclusive), or undefined. Verbatim first; else the first place that differs only as
 * copying and typing make text differ: any run of whitespace for any other (a line break, a tab, an ordinary
 * space for a no-break one), straight quotes and apostrophes for curly ones, and accents composed or decomposed
 * (canonical equivalence, Unicode UAX #15), never cutting a character or its accents. The words themselves must
 * be the passage's: the caller stores `text.slice(start, end)`, never the pasted quote.
 */
export function findQuote(text: string, pasted: string): { start: number; end: number } | undefined {
  const quote = pasted.trim();
  if (quote === "") return undefined;
  const accentAt = (offset: number) => /^\p{M}/u.test(text.slice(offset, offset + 1));
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1))
    if (!accentAt(at + quote.length)) return { start: at, end: at + quote.length };
  const haystack = comparable(text);
  const needle = comparable(quote).text;
  for (let at = haystack.text.indexOf(needle); at !== -1; at = haystack.text.indexOf(needle, at + 1)) {
    const after = at + needle.length;
    // Whole characters only: the match starts at a character's first unit and ends before the next one's.
    if (!haystack.first[at] || (after < haystack.first.length && !haystack.first[after])) continue;
    if (/^\p{M}/u.test(haystack.text.slice(after, after + 1))) continue;
    const start = haystack.from[at];
    const end = after < haystack.from.length ? haystack.from[after] : text.length;
    return { start, end: start + text.slice(start, end).trimEnd().length };
  }
  return undefined;
}

/**
 * Whether the quote still stands, verbatim, where its position says in `text`: `exact` is that; `context`
 * is whether the text either side still reads as the prefix and suffix say too.
 */
export function verifyQuote(
  text: string,
  anchor: Omit<QuoteAnchor, "passageKey">,
): { exact: boolean; context: boolean } {
  const { start, end } = anchor.position;
  const exact = text.slice(start, end) === anchor.quote.exact;
  const context =
    exact && text.slice(0, start).endsWith(anchor.quote.prefix) && text.slice(end).startsWith(anchor.quote.suffix);
  return { exact, context };
}

/** The quote with its context for a person to read: `…prefix[exact]suffix…`, an ellipsis where the passage goes on. */
export function quoteInContext(quote: TextQuoteSelector): string {
  // describeSelection keeps CONTEXT_LENGTH units, or one fewer not to cut a character: shorter means the passage's end.
  const before = quote.prefix.length >= CONTEXT_LENGTH - 1 ? "…" : "";
  const after = quote.suffix.length >= CONTEXT_LENGTH - 1 ? "…" : "";
  return `${before}${quote.prefix}[${quote.exact}]${quote.suffix}${after}`;
}

function isSpace(character: string): boolean {
  return /\s/.test(character);
}
