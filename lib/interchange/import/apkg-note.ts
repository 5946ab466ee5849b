// One Anki note as Footnote questions: a standard note (Basic and its kin) as a flashcard, a cloze note as one
// cloze question per cloze number. Fields are HTML in Anki; they are reduced to text (html-text.ts).
import type { ImportedQuestion } from "../types";
import type { AnkiNote, NoteType } from "./apkg-collection";
import { clozeCards } from "./apkg-cloze";
import { htmlToText } from "./html-text";

/** What a note gave: its questions (`where` filled in), what was left of it and why, and media dropped. */
export type NoteOutcome = {
  questions: ImportedQuestion[];
  skipped: { where: string; reason: string }[];
  images: number;
  sounds: number;
};

// Fields whose text goes to the explanation: A1's export writes the citation into "Source"; Anki's own Cloze
// type has "Back Extra", and many shared decks an "Extra".
const EXPLAINING = ["source", "back extra", "extra"];

/**
 * The questions of `note` of type `type`. Standard: front = first field, back = second field, as a flashcard
 * (a short answer when the note type asks for the answer to be typed).
 * Cloze: clozeCards of the first field, the second field (Back Extra) as explanation. Fields named Source,
 * Back Extra or Extra beyond the first two go to the explanation too. A note with fewer than two fields, or an
 * empty front, back or cloze text once reduced (images and sounds are left out), is skipped with its reason.
 */
export function noteQuestions(note: AnkiNote, type: NoteType): NoteOutcome {
  const where = `note ${note.id}`;
  const reduced = note.fields.map((field) => htmlToText(field));
  const images = reduced.reduce((n, r) => n + r.images, 0);
  const sounds = reduced.reduce((n, r) => n + r.sounds, 0);
  const out: NoteOutcome = { questions: [], skipped: [], images, sounds };
  const skip = (reason: string) => {
    out.skipped.push({ where, reason });
    return out;
  };
  if (type.fields.length < 2 || reduced.length < 2)
    return skip(`its note type "${type.name}" has fewer than two fields`);
  const text = (i: number) => reduced[i]?.text ?? "";
  const media = (i: number) =>
    reduced[i].images + reduced[i].sounds > 0 ? " once its images and sounds are left out" : "";
  const explanation = (from: number) =>
    type.fields
      .map((name, i) => ({ name, i }))
      .filter(({ name, i }) => i >= from && EXPLAINING.includes(name.trim().toLowerCase()) && text(i) !== "")
      .map(({ i }) => text(i))
      .join("\n");
  if (type.cloze) {
    if (text(0) === "") return skip(`its cloze text is empty${media(0)}`);
    const cards = clozeCards(text(0));
    if (cards.length === 0) return skip("its cloze text holds no {{c1::…}} deletion");
    const extra = [text(1), explanation(2)].filter((t) => t !== "").join("\n");
    for (const card of cards) {
      const cardWhere = `${where}, cloze ${card.number}`;
      if ("skipped" in card) out.skipped.push({ where: cardWhere, reason: card.skipped });
      else
        out.questions.push({
          type: "cloze",
          prompt: card.prompt,
          choices: [],
          answers: [card.answer],
          explanation: extra,
          citations: [],
          where: cardWhere,
        });
    }
    return out;
  }
  if (text(0) === "") return skip(`its front is empty${media(0)}`);
  if (text(1) === "") return skip(`its back is empty${media(1)}`);
  out.questions.push({
    type: type.typed ? "short-answer" : "flashcard",
    prompt: text(0),
    choices: [],
    answers: [text(1)],
    explanation: explanation(2),
    citations: [],
    where,
  });
  return out;
}
