// The `apkg` export (issue 19): an Anki package, i.e. a zip of `collection.anki2` (an SQLite collection in Anki's
// schema 11) and `media` (a JSON map of the media files; none here). Written by hand, with better-sqlite3 and
// jszip, because no maintained npm package writes Anki packages well (the team's survey of the registry found
// none); the schema and JSON follow Anki's own source (anki-collection.ts names the files).
import JSZip from "jszip";
import type { ExportedSet, Exporter } from "../types";
import { collectionBytes, type CollectionNote } from "./anki-collection";
import { fieldText, noteFields, safeHref } from "./anki-fields";
import { stableId } from "./anki-ids";
import { ankiDeckName, ankiNotes } from "./anki-notes";

function deckDescription(set: ExportedSet): string {
  const href = safeHref(set.link);
  const back = href ? `<br><a href="${href}">The set in Footnote</a>` : "";
  return `${fieldText(set.description)}${back}`;
}

/**
 * An apkg exporter whose notes carry `now()` (ms since 1970) as their modification time. Anki's package importer
 * matches notes by GUID (stable: anki-ids.ts) and updates one only when the incoming note is newer, so a later
 * export must carry a later time; everything else in the file is derived from the set, and the same set with the
 * same `now` gives the same bytes (the zip's entries are dated `now` too).
 */
export function apkgExporter(now: () => number): Exporter {
  return async (set) => {
    const nowMs = now();
    const notes: CollectionNote[] = ankiNotes(set).map((note) => ({
      guid: note.guid,
      kind: note.kind,
      fields: noteFields(note),
      tags: note.tags,
    }));
    const collection = collectionBytes(
      ankiDeckName(set.title),
      stableId(`deck ${set.id}`),
      deckDescription(set),
      notes,
      nowMs,
    );
    const zip = new JSZip();
    const date = new Date(nowMs);
    zip.file("collection.anki2", collection, { date });
    zip.file("media", "{}", { date });
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    return { bytes, extension: ".apkg", mediaType: "application/x-apkg", leftOut: [] };
  };
}

/**
 * The set as an Anki package: one deck named after the set, a "Footnote Basic" note (Front, Back, Source) for each
 * flashcard, short answer, multiple choice (choices listed on the front) and true/false question, a "Footnote
 * Cloze" note (Text with {{c1::answer}}, Back Extra, Source) for each cloze. Questions that cite nothing are kept,
 * their Source saying "Needs a source". Nothing is left out.
 */
export const exportApkg: Exporter = apkgExporter(() => Date.now());
