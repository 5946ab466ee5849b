// Anki packages in (issue 19): the zip opened with openZip (safe-zip.ts), the collection read with SQLite
// (apkg-collection.ts), each note made questions (apkg-note.ts). Pure: bytes in, an ImportedSet or AppError
// "import-refused" out.
import { AppError } from "../../errors/app-error";
import { openZip } from "../safe-zip";
import type { ImportedQuestion, ImportedSet, Importer } from "../types";
import { readCollection } from "./apkg-collection";
import { noteQuestions } from "./apkg-note";
import { fileTitle } from "./gift-names";

const refuse = (message: string) => new AppError("import-refused", { message });

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

// Anki nests decks with "::" ("Spanish::Verbs").
const deckTitle = (name: string | undefined) =>
  name && name.trim() !== "" && name !== "Default"
    ? name
        .split("::")
        .map((part) => part.trim())
        .join(" / ")
    : undefined;

/**
 * Reads an Anki package (.apkg, or a .colpkg: Anki's schema-11 collection, `collection.anki21` or
 * `collection.anki2`) into a draft set: standard notes as flashcards (front: first field, back: second; a short
 * answer when the card asks for the answer to be typed),
 * cloze notes as one cloze question per cloze number. HTML is reduced to text; images and sounds are left out
 * and counted in `skipped`, as are notes that give no question (with "note <id>: why"). A Source, Back Extra
 * or Extra field becomes the explanation; nothing carries a citation (Anki has no articles to anchor one in).
 * The title is the deck most cards are in, else the file name. Throws AppError "import-refused" for a file that
 * is not a zip or not an Anki package, for the newer anki21b format (with the export option to use instead),
 * for a damaged or foreign collection, and for a package with no note that gives a question.
 */
export const readApkg: Importer = async (bytes, fileName) => {
  const collection = readCollection(await openZip(bytes));
  const questions: ImportedQuestion[] = [];
  const skipped: NonNullable<ImportedSet["skipped"]> = [];
  let images = 0;
  let sounds = 0;
  const withMedia: string[] = [];
  for (const note of collection.notes) {
    const type = collection.noteTypes.get(note.noteType);
    if (!type) {
      skipped.push({ where: `note ${note.id}`, reason: "its note type is missing from the package" });
      continue;
    }
    const outcome = noteQuestions(note, type);
    questions.push(...outcome.questions);
    skipped.push(...outcome.skipped);
    images += outcome.images;
    sounds += outcome.sounds;
    if (outcome.images + outcome.sounds > 0) withMedia.push(note.id);
  }
  if (withMedia.length > 0) skipped.push(mediaLeftOut(images, sounds, withMedia));
  if (questions.length === 0) {
    const first = skipped[0];
    throw refuse(
      first
        ? `The package holds no note Footnote can import (${first.where}: ${first.reason}).`
        : "The package holds no notes.",
    );
  }
  const title = deckTitle(collection.deck) ?? (fileTitle(fileName) || "Imported Anki deck");
  const description = `Imported from the Anki package "${fileName}".`;
  return { format: "apkg", title, description, articles: [], questions, skipped };
};

function mediaLeftOut(images: number, sounds: number, notes: string[]) {
  const counted = [images > 0 ? plural(images, "image") : "", sounds > 0 ? plural(sounds, "sound") : ""];
  const shown = notes.slice(0, 3).join(", ");
  const where =
    notes.length > 3
      ? `notes ${shown} and ${notes.length - 3} more`
      : `${notes.length === 1 ? "note" : "notes"} ${shown}`;
  return { where, reason: `${counted.filter(Boolean).join(" and ")} left out: Footnote shows text only` };
}
