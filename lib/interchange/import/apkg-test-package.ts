// Test helpers for the importers: Anki packages built as Anki writes them (schema 11: col with note types and decks as JSON,
// notes with fields joined by \x1f, one card per template or cloze number; zipped), and the check every imported set must pass.
// eslint-disable-next-line no-restricted-imports -- a test helper writing a package, never the app's database
import Database from "better-sqlite3";
import JSZip from "jszip";
import { BLANK } from "../../content/parse-set";
import { AppError } from "../../errors/app-error";
import type { ImportedSet } from "../types";

export const BASIC = 1_700_000_000_001;
export const CLOZE = 1_700_000_000_002;
export const DECK = 1_700_000_000_100;

/** A note to write: its note type's id (BASIC, CLOZE or one given in `noteTypes`), its fields' HTML, its deck. */
export type TestNote = { id?: number; type?: number; fields: string[]; deck?: number };

type TestNoteType = { id: number; name: string; type: 0 | 1; fields: string[]; qfmt?: string };

const STOCK: TestNoteType[] = [
  { id: BASIC, name: "Basic", type: 0, fields: ["Front", "Back"] },
  { id: CLOZE, name: "Cloze", type: 1, fields: ["Text", "Back Extra"] },
];

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null,
  left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
  type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);`;

function modelJson(t: TestNoteType) {
  return {
    id: t.id,
    name: t.name,
    type: t.type,
    mod: 1_700_000_000,
    usn: -1,
    sortf: 0,
    did: DECK,
    tmpls: [
      { name: t.type === 1 ? "Cloze" : "Card 1", ord: 0, qfmt: t.qfmt ?? `{{${t.fields[0]}}}`, afmt: "{{FrontSide}}" },
    ],
    flds: t.fields.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: "Arial", size: 20 })),
    css: ".card {}",
    latexPre: "",
    latexPost: "",
    req: [[0, "any", [0]]],
  };
}

/**
 * The bytes of a schema-11 collection holding `notes`. `decks` maps deck ids to names (Default, id 1, is always
 * there); `noteTypes` adds note types; `models` / `decksJson` replace col's JSON verbatim (to test bad ones).
 */
export function buildCollection(options: {
  notes: TestNote[];
  decks?: Record<number, string>;
  noteTypes?: TestNoteType[];
  models?: string;
  decksJson?: string;
}): Buffer {
  const db = new Database(":memory:");
  db.exec(SCHEMA);
  const types = [...STOCK, ...(options.noteTypes ?? [])];
  const models = Object.fromEntries(types.map((t) => [String(t.id), modelJson(t)]));
  const deckNames: Record<number, string> = { 1: "Default", [DECK]: "Test deck", ...options.decks };
  const decks = Object.fromEntries(Object.entries(deckNames).map(([id, name]) => [id, { id: Number(id), name }]));
  db.prepare(
    "INSERT INTO col VALUES (1, 1700000000, 1700000000000, 1700000000000, 11, 0, 0, 0, '{}', ?, ?, '{}', '{}')",
  ).run(options.models ?? JSON.stringify(models), options.decksJson ?? JSON.stringify(decks));
  const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, 1700000000, -1, '', ?, ?, 0, 0, '')");
  const insertCard = db.prepare(
    "INSERT INTO cards VALUES (?, ?, ?, ?, 1700000000, -1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, '')",
  );
  let cardId = 1_700_000_100_000;
  options.notes.forEach((note, i) => {
    const id = note.id ?? 1_700_000_010_000 + i;
    const type = note.type ?? BASIC;
    insertNote.run(id, `guid${i}`, type, note.fields.join("\x1f"), note.fields[0] ?? "");
    const clozes =
      type === CLOZE
        ? [...new Set([...(note.fields[0] ?? "").matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1])))]
        : [1];
    for (const n of clozes) insertCard.run(cardId++, id, note.deck ?? DECK, n - 1);
  });
  const bytes = db.serialize();
  db.close();
  return bytes;
}

/** A zipped package: `collection` as `name` (collection.anki2 by default), an empty media map, and `extra` files. */
export async function buildApkg(
  collection: Uint8Array,
  name = "collection.anki2",
  extra: Record<string, Uint8Array | string> = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(name, collection);
  zip.file("media", "{}");
  for (const [path, data] of Object.entries(extra)) zip.file(path, data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * What is wrong with an imported set, in words (empty when nothing is): every question needs a prompt and
 * answers that are not empty, a cloze exactly one BLANK in its prompt, multiple choice and true/false their
 * answer among their choices, and a `where`.
 */
export function importedSetProblems(set: ImportedSet): string[] {
  const problems: string[] = [];
  if (set.title.trim() === "") problems.push("the title is empty");
  if (set.questions.length === 0) problems.push("no questions");
  for (const q of set.questions) {
    const at = `${q.where}: `;
    if (q.where.trim() === "") problems.push("a question has no where");
    if (q.prompt.trim() === "") problems.push(`${at}empty prompt`);
    if (q.answers.length === 0 || q.answers.some((a) => a.trim() === "")) problems.push(`${at}empty answer`);
    if (q.type === "cloze" && q.prompt.split(BLANK).length !== 2) problems.push(`${at}cloze without one blank`);
    if ((q.type === "multiple-choice" || q.type === "true-false") && !q.choices.includes(q.answers[0]))
      problems.push(`${at}answer not among choices`);
    if (q.choices.some((c) => c.trim() === "")) problems.push(`${at}empty choice`);
    if (q.citations.length !== 0) problems.push(`${at}a citation from nowhere`);
  }
  return problems;
}

/**
 * What an importer did with `input`: "imported" when it gave a set with no importedSetProblems, "refused" when
 * it threw AppError "import-refused". Anything else (another exception, a malformed set) fails the test that
 * awaits it, with the input's problems in the message.
 */
export async function importOutcome(input: Promise<ImportedSet>): Promise<"imported" | "refused"> {
  let set: ImportedSet;
  try {
    set = await input;
  } catch (error) {
    if (error instanceof AppError && error.code === "import-refused") return "refused";
    throw error;
  }
  const problems = importedSetProblems(set);
  if (problems.length > 0) throw new Error(`a malformed set: ${problems.join("; ")}`);
  return "imported";
}
