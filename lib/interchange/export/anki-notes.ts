// What each question becomes in Anki, before any format writes it: a Basic or a Cloze note with its parts as plain
// text. The .apkg (anki-fields.ts, HTML) and the tab-separated text (anki-txt.ts, plain) render these same parts,
// under the same GUIDs, so a learner can move between the two without duplicating notes.
import { BLANK } from "../../content/parse-set";
import type { ExportedQuestion, ExportedSet } from "../types";
import { noteGuid } from "./anki-ids";

/** One citation as a card shows it: the quote, its article's title, the passage's whole text, the link back. */
export type AnkiSource = { quote: string; title: string; passage: string; link: string };

/**
 * A question as an Anki note, in plain text. Basic: `prompt` on the front with `choices` listed under it (multiple
 * choice, true/false), `answer` on the back. Cloze: the text is `before` + the blank (`answer`) + `after`.
 * `alsoAccepted`: the other accepted answers. `sources` is empty for a question that cites nothing.
 */
export type AnkiNote = {
  guid: string;
  kind: "basic" | "cloze";
  prompt: string;
  choices: string[];
  answer: string;
  before: string;
  after: string;
  alsoAccepted: string[];
  explanation: string;
  sources: AnkiSource[];
  tags: string[];
};

/** The words a card shows in its Source field for a question that cites no passage yet (issue 18). */
export const NEEDS_A_SOURCE = "Needs a source";

/** Anki's tag for such questions, so a learner can find them in the browser. */
export const NEEDS_A_SOURCE_TAG = "needs-a-source";

/**
 * The deck's name for a set titled `title`, as Anki keeps it: one line; "::" would nest a deck in another
 * (Anki's hierarchy separator), so it becomes ":"; a title of digits alone would be read as a deck's id by the
 * text importer (rslib NameOrId::parse), so it gets a word after it. Both formats use this name.
 */
export function ankiDeckName(title: string): string {
  const name = title
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/:{2,}/g, ":")
    .replace(/\s+/g, " ")
    .trim();
  if (name === "") return "Footnote set";
  return /^-?\d+$/.test(name) ? `${name} (Footnote)` : name;
}

function clozeParts(prompt: string): { before: string; after: string } {
  const at = prompt.indexOf(BLANK);
  // content:check and the set editor allow one blank; a prompt without one still gets a card, its blank at the end.
  if (at < 0) return { before: `${prompt} `, after: "" };
  return { before: prompt.slice(0, at), after: prompt.slice(at + BLANK.length) };
}

function ankiNote(set: ExportedSet, q: ExportedQuestion, titles: Map<string, string>): AnkiNote {
  const [answer = "", ...alsoAccepted] = q.answers;
  const cloze = q.type === "cloze";
  const { before, after } = cloze ? clozeParts(q.prompt) : { before: "", after: "" };
  const sources = q.citations.map((c) => ({
    quote: c.quote,
    title: titles.get(c.article) ?? c.article,
    passage: c.passageText,
    link: c.link,
  }));
  return {
    guid: noteGuid(set.id, q.id),
    kind: cloze ? "cloze" : "basic",
    prompt: q.prompt,
    choices: q.type === "multiple-choice" || q.type === "true-false" ? q.choices : [],
    answer,
    before,
    after,
    alsoAccepted,
    explanation: q.explanation,
    sources,
    tags: ["footnote", q.type, ...(sources.length === 0 ? [NEEDS_A_SOURCE_TAG] : [])],
  };
}

/** Every question of `set`, in order, as an Anki note (every type has one: nothing is left out). */
export function ankiNotes(set: ExportedSet): AnkiNote[] {
  const titles = new Map(set.articles.map((a) => [a.id, a.title]));
  return set.questions.map((q) => ankiNote(set, q, titles));
}
