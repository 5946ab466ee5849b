// A note's fields as the HTML Anki keeps in them (Anki's fields are HTML: manual, "Editing and Fields"), and the
// sort field and checksum Anki derives from them. Everything a teacher typed is escaped here; the only markup in a
// field is ours (<br>, <ul>/<li>, <blockquote>, <div>, <a href> with an http(s) link).
import { createHash } from "node:crypto";
import { NEEDS_A_SOURCE, type AnkiNote, type AnkiSource } from "./anki-notes";

// Besides HTML's own characters: "[" starts Anki's [sound:…] and [latex] tags and "{" "}" its {{c1::…}} clozes,
// which Anki reads in a field's text; as character references they show as typed and mean nothing.
const REFERENCES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "[": "&#91;",
  "{": "&#123;",
  "}": "&#125;",
};

/**
 * `text` as field HTML that shows it as typed: normalised to NFC and without ASCII control characters other than
 * tab and newline (Anki does both to every field it saves: rslib normalize_field; the unit separator U+001F would
 * split the field), markup characters escaped, line breaks as <br>.
 */
export function fieldText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/[&<>"'[{}]/g, (c) => REFERENCES[c])
    .replace(/\n/g, "<br>");
}

/** `link` for an href attribute when it is an absolute http(s) address, else null (no javascript:, no data:). */
export function safeHref(link: string): string | null {
  try {
    const url = new URL(link);
    return url.protocol === "http:" || url.protocol === "https:" ? fieldText(url.toString()) : null;
  } catch {
    return null;
  }
}

function list(items: string[]): string {
  return items.length === 0 ? "" : `<ul>${items.map((item) => `<li>${fieldText(item)}</li>`).join("")}</ul>`;
}

function extras(note: AnkiNote): string {
  const parts: string[] = [];
  if (note.alsoAccepted.length > 0) {
    parts.push(`<div class="also">Also accepted: ${note.alsoAccepted.map(fieldText).join(", ")}</div>`);
  }
  if (note.explanation.trim() !== "") parts.push(`<div class="explanation">${fieldText(note.explanation)}</div>`);
  return parts.join("");
}

function source(s: AnkiSource): string {
  const href = safeHref(s.link);
  const open = href ? ` · <a href="${href}">Open the passage in Footnote</a>` : "";
  return (
    `<blockquote>${fieldText(s.quote)}</blockquote>` +
    `<div class="article"><b>${fieldText(s.title)}</b>${open}</div>` +
    `<div class="passage">${fieldText(s.passage)}</div>`
  );
}

/** The Source field: every citation's quote, article title, link back and passage, or NEEDS_A_SOURCE. */
export function sourceField(note: AnkiNote): string {
  if (note.sources.length === 0) return fieldText(NEEDS_A_SOURCE);
  return note.sources.map(source).join("<hr>");
}

/**
 * The note's fields in its note type's order (anki-collection.ts NOTE_TYPES): Basic [Front, Back, Source], Cloze
 * [Text, Back Extra, Source]. The cloze's answer goes in {{c1::…}} with ":" escaped too, since "::" would start
 * Anki's hint.
 */
export function noteFields(note: AnkiNote): string[] {
  if (note.kind === "cloze") {
    const answer = fieldText(note.answer).replace(/:/g, "&#58;");
    return [`${fieldText(note.before)}{{c1::${answer}}}${fieldText(note.after)}`, extras(note), sourceField(note)];
  }
  const answer = `<div class="answer">${fieldText(note.answer)}</div>`;
  return [fieldText(note.prompt) + list(note.choices), answer + extras(note), sourceField(note)];
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * A field's text as Anki compares and sorts it (rslib text.rs strip_html_preserving_media_filenames): comments,
 * style and script elements and tags removed, then character references decoded. Our fields hold no media.
 */
export function ankiStripHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->|<style[\s\S]*?>[\s\S]*?<\/style>|<script[\s\S]*?>[\s\S]*?<\/script>|<[\s\S]*?>/gi, "")
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === "#") {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return NAMED[name.toLowerCase()] ?? whole;
    });
}

/** Anki's `csum` for a first field: the first 4 bytes of the SHA-1 of its stripped text, big-endian (rslib notes). */
export function fieldChecksum(firstField: string): number {
  return createHash("sha1").update(ankiStripHtml(firstField), "utf8").digest().readUInt32BE(0);
}
