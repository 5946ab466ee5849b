// The `anki-txt` export (issue 19): Anki's tab-separated notes with its file headers (Anki manual, "Importing >
// Text Files > File Headers", Anki 2.1.54 and later), which Quizlet's "Import" box also reads as term<TAB>definition.
//
// Columns: 1 Front (Basic) or Text (Cloze), 2 Back or Back Extra, 3 the note type, 4 the deck, 5 the GUID. With a
// note type column, Anki fills each note's fields from the other columns in order, so the stock "Basic" and
// "Cloze" types (two fields each) take columns 1 and 2, and the source rides in column 2. The deck is a column as
// well as a header: `#deck:` only picks a deck that exists already, while a deck column creates a missing one.
// `#html:false`: Anki escapes every field, so nothing a teacher typed becomes markup. The GUIDs are the .apkg's.
//
// Quizlet (as far as we know; its importer is a paste box with no published grammar): it splits each line at the
// first tab into term and definition and knows neither "#" comments nor CSV quotes. The six header lines therefore
// arrive as cards with an empty definition, to delete before saving; what it does with the columns after the
// second (note type, deck, GUID) we could not confirm: they are either dropped or appended to the definition.
// A field holding a line break (quoted here, as Anki expects) splits into two cards there.
import { stringify } from "csv-stringify/sync";
import type { Exporter } from "../types";
import { ankiDeckName, ankiNotes, NEEDS_A_SOURCE, type AnkiNote, type AnkiSource } from "./anki-notes";

/** Anki's stock note types by name, which every collection has (but see the report: an Anki set up in another
 * language names them in it). */
export const TXT_NOTE_TYPES = { basic: "Basic", cloze: "Cloze" } as const;

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const SEPARATOR = " · ";

function front(note: AnkiNote): string {
  if (note.kind === "cloze") return `${note.before}{{c1::${note.answer}}}${note.after}`;
  if (note.choices.length === 0) return note.prompt;
  const choices = note.choices.map((c, i) => `${LETTERS[i] ?? i + 1}) ${c}`).join(SEPARATOR);
  return `${note.prompt} — ${choices}`;
}

function source(s: AnkiSource): string {
  return `“${s.quote}” — ${s.title}, ${s.link}`;
}

function back(note: AnkiNote): string {
  const parts = note.kind === "basic" ? [note.answer] : [];
  if (note.alsoAccepted.length > 0) parts.push(`Also accepted: ${note.alsoAccepted.join(", ")}`);
  if (note.explanation.trim() !== "") parts.push(note.explanation);
  parts.push(`Source: ${note.sources.length === 0 ? NEEDS_A_SOURCE : note.sources.map(source).join(SEPARATOR)}`);
  return parts.join(SEPARATOR);
}

// Lines that start with "#" are comments to Anki (and to most readers); a quoted field starting with "#" is not.
const QUOTED = [/^#/];

/**
 * The set as Anki's tab-separated text (UTF-8, "\n" line ends): the header lines, then one row per question in
 * order: [front or cloze text, back with the source, "Basic" or "Cloze", deck name, GUID]. Fields holding a tab,
 * a line break or a double quote, or starting with "#", are quoted CSV-style with quotes doubled (RFC 4180), as
 * Anki's reader (the Rust csv crate) expects. Nothing is left out.
 */
export const exportAnkiText: Exporter = async (set) => {
  const deck = ankiDeckName(set.title);
  const headers = [
    "#separator:tab",
    "#html:false",
    `#deck:${deck}`,
    "#notetype column:3",
    "#deck column:4",
    "#guid column:5",
    "#columns:Front or Text\tBack or Back Extra\tNote type\tDeck\tGUID",
  ];
  const rows = ankiNotes(set).map((note) => [front(note), back(note), TXT_NOTE_TYPES[note.kind], deck, note.guid]);
  const body = stringify(rows, { delimiter: "\t", record_delimiter: "\n", quoted_match: QUOTED });
  const text = `${headers.join("\n")}\n${body}`;
  return {
    bytes: new TextEncoder().encode(text),
    extension: ".txt",
    mediaType: "text/plain; charset=utf-8",
    leftOut: [],
  };
};
