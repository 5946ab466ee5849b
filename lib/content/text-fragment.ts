// Quotes highlighted in an article: the text fragment (#:~:text=) a passage's link carries (the link
// itself is built by routes.passage in lib/routes.ts), and the runs the server wraps in <mark>.

/** Text-fragment encoding: like a URI component, but "-", "," and "&" are syntax there too. */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
}

/** A quote's context: the W3C TextQuoteSelector's prefix and suffix (lib/authoring/text-quote.ts). */
export type QuoteContext = { prefix: string; suffix: string };

// The context kept with a citation is cut at a fixed length, often inside a word; a text fragment's prefix must
// start at a word boundary and its suffix end at one (WICG Scroll to Text Fragment, "find a range from a text
// directive"), so the cut word is left out. Shorter context reached the passage's edge and is whole.
const CUT_AT = 30;

/**
 * The text directive's value for `quote` (https://wicg.github.io/scroll-to-text-fragment/#syntax):
 * `prefix-,quote,-suffix` with the words either side that are whole, so the browser highlights and scrolls to
 * the quote where it was cited, not to the first place in the article where the same words stand; the quote
 * alone when there is no context (content/'s citations carry none).
 */
export function textDirective(quote: string, context?: QuoteContext): string {
  let prefix = context?.prefix ?? "";
  if (prefix.length >= CUT_AT) prefix = /\s/.test(prefix) ? prefix.replace(/^\S*\s+/, "") : "";
  let suffix = context?.suffix ?? "";
  if (suffix.length >= CUT_AT) suffix = /\s/.test(suffix) ? suffix.replace(/\s+\S*$/, "") : "";
  prefix = prefix.trim();
  suffix = suffix.trim();
  return [prefix && `${encodeTextDirective(prefix)}-`, encodeTextDirective(quote), suffix && `-${encodeTextDirective(suffix)}`]
    .filter(Boolean)
    .join(",");
}

/** Splits text into plain and highlighted runs, for every occurrence of every quote. */
export function splitHighlights(text: string, quotes: readonly string[]): { text: string; marked: boolean }[] {
  const ranges = quotes
    .filter((q) => q.length > 0)
    .flatMap((q) => {
      const found: [number, number][] = [];
      for (let at = text.indexOf(q); at !== -1; at = text.indexOf(q, at + q.length)) found.push([at, at + q.length]);
      return found;
    })
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const runs: { text: string; marked: boolean }[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) runs.push({ text: text.slice(cursor, start), marked: false });
    runs.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), marked: false });
  return runs;
}
