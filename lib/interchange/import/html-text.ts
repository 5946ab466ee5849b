// Markup from another tool (an Anki field, a GIFT [html] text) reduced to the plain text Footnote shows: no tag
// survives, entities are decoded, block ends become line breaks, and media (images, Anki's [sound:…]) are left
// out and counted so the importer can say so. sanitize-html does the parsing; only the line breaks are ours.
import sanitizeHtml from "sanitize-html";

/** Plain text out of markup, and how many images and sounds were left out of it. */
export type ReducedText = { text: string; images: number; sounds: number };

const BREAKING = /<\/?(?:p|div|li|ul|ol|h[1-6]|tr|table|blockquote|pre|section|article)\b[^>]*>|<br\s*\/?>/gi;
const IMAGE = /<img\b/gi;
// Anki's sound reference, a text token rather than markup (Anki manual, "Importing media").
const SOUND = /\[sound:[^\]]*\]/gi;
const BLANK_LINES = /\n{2,}/g;

// sanitize-html decodes every entity while parsing and escapes only these on output (its escapeHtml with
// decodeEntities on), so undoing exactly these gives the decoded text back.
const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/**
 * `html` as plain text: no tags (script, style and textarea contents dropped whole), entities decoded, <br> and
 * block elements (p, div, li, headings…) as line breaks, spaces within a line collapsed (a no-break space is a
 * space), lines trimmed, empty lines dropped. `images` counts <img> tags, `sounds` Anki `[sound:…]` references;
 * both are left out of `text`.
 */
export function htmlToText(html: string): ReducedText {
  const images = html.match(IMAGE)?.length ?? 0;
  const sounds = html.match(SOUND)?.length ?? 0;
  const marked = html.replace(SOUND, " ").replace(BREAKING, "\n");
  const stripped = unescape(sanitizeHtml(marked, { allowedTags: [], allowedAttributes: {} }));
  return { text: tidyLines(stripped), images, sounds };
}

/** `text` with spaces collapsed within each line, lines trimmed and empty lines dropped. */
export function tidyLines(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[\s\u00a0]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n")
    .replace(BLANK_LINES, "\n");
}

/** True when `text` holds something that reads as markup: a tag or an entity. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][a-z0-9]*\b[^>]*>|&(?:[a-z]+|#[0-9]+|#x[0-9a-f]+);/i.test(text);
}
