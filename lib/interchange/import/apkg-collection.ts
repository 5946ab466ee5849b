// The collection inside an Anki package, read with SQLite (better-sqlite3, from memory: nothing is written to
// disk). Anki's schema 11 (the one `collection.anki2` and `collection.anki21` use): table `col` holds the note
// types (`models`) and decks (`decks`) as JSON, table `notes` each note's fields joined by \x1f, table `cards`
// each card's deck. Anki 2.1.50+ writes `collection.anki21b` instead (zstd-compressed, schema 18) with a stub
// `collection.anki2` whose one note asks to update Anki; that format is refused here with what to do instead.
// The fence (eslint.config.mjs) keeps the app's own database in lib/db/; this opens the uploaded file, in memory
// and read-only, and never the app's database.
// eslint-disable-next-line no-restricted-imports
import Database from "better-sqlite3";
import { z } from "zod";
import { AppError } from "../../errors/app-error";

/**
 * A note type: its name, its kind (Anki: 0 standard, 1 cloze), its fields' names in order, and `typed`: a
 * card template asks for the answer to be typed ("{{type:Back}}", Anki's "Basic (type in the answer)").
 */
export type NoteType = { name: string; cloze: boolean; fields: string[]; typed: boolean };
/** A note: its id (as text: Anki's ids are 64-bit), its note type's id, its fields' HTML in order. */
export type AnkiNote = { id: string; noteType: string; fields: string[] };
/** What a package's collection holds that an import reads; `deck`: the name of the deck most cards are in. */
export type Collection = { noteTypes: Map<string, NoteType>; notes: AnkiNote[]; deck: string | undefined };

const refuse = (message: string) => new AppError("import-refused", { message });

/** Anki's own words for the export option that writes a package older readers (and Footnote) can open. */
export const OLDER_VERSIONS_OPTION = "Support older Anki versions (slower/larger files)";
const TOO_NEW = `This package was written in the newer Anki format (collection.anki21b), which Footnote cannot read. In Anki, export the deck again as an "Anki Deck Package (*.apkg)" with "${OLDER_VERSIONS_OPTION}" ticked, and import that file.`;
// The text of the stub note a too-new package carries in its collection.anki2 (Anki's exporting-colpkg-too-new).
const STUB_NOTE = "Please update to the latest Anki version";

const noteTypesSchema = z.record(
  z.string(),
  z.looseObject({
    name: z.string(),
    type: z.number().optional(),
    flds: z.array(z.looseObject({ name: z.string(), ord: z.number().optional() })),
    tmpls: z.array(z.looseObject({ qfmt: z.string().optional() })).optional(),
  }),
);
const decksSchema = z.record(z.string(), z.looseObject({ name: z.string() }));

/**
 * The collection file of an unpacked package (`files`, from openZip): `collection.anki21` when present, else
 * `collection.anki2`. Throws AppError "import-refused" for a package with neither, for one written only in
 * the newer format (anki21b, or the stub that stands for it), and for a file that is not SQLite or lacks
 * Anki's `col` and `notes` tables or their columns.
 */
export function readCollection(files: Map<string, Uint8Array>): Collection {
  const bytes =
    files.get("collection.anki21") ?? (files.has("collection.anki21b") ? undefined : files.get("collection.anki2"));
  if (!bytes) {
    if (files.has("collection.anki21b")) throw refuse(TOO_NEW);
    throw refuse("This is not an Anki package: it holds no collection.anki2 or collection.anki21.");
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(Buffer.from(bytes), { readonly: true });
    const collection = readTables(db);
    if (collection.notes.length === 1 && collection.notes[0].fields.some((f) => f.includes(STUB_NOTE)))
      throw refuse(TOO_NEW);
    return collection;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse(`The package's collection is not an Anki collection Footnote can read (${describe(error)}).`);
  } finally {
    db?.close();
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Most notes a package may hold: 20,000 (the largest shared Anki decks, word lists, hold about 10,000). */
export const MAX_NOTES = 20_000;

// A collection is someone else's SQLite file: a view (a recursive one never ends) or a generated column would
// run their SQL as it is read, so only plain tables are read, with SQLite's untrusted-schema setting.
function isPlainTable(db: Database.Database, name: string): boolean {
  const row = db.prepare("SELECT type FROM sqlite_master WHERE name = ?").get(name) as { type: string } | undefined;
  if (row?.type !== "table") return false;
  const generated = db.prepare("SELECT COUNT(*) AS n FROM pragma_table_xinfo(?) WHERE hidden IN (2, 3)").get(name) as {
    n: number;
  };
  return generated.n === 0;
}

function readTables(db: Database.Database): Collection {
  db.pragma("trusted_schema = OFF");
  for (const name of ["col", "notes"])
    if (!isPlainTable(db, name)) throw refuse(`The package's collection has no plain ${name} table, as Anki's has.`);
  const { n } = db.prepare("SELECT COUNT(*) AS n FROM notes").get() as { n: number };
  if (n > MAX_NOTES) throw refuse(`The package holds ${n} notes; at most ${MAX_NOTES} are read.`);
  const col = db.prepare("SELECT models, decks FROM col LIMIT 1").get() as
    { models: unknown; decks: unknown } | undefined;
  if (!col) throw refuse("The package's collection has no row in its col table.");
  const noteTypes = readNoteTypes(col.models);
  const rows = db
    .prepare("SELECT CAST(id AS TEXT) AS id, CAST(mid AS TEXT) AS mid, flds FROM notes ORDER BY id")
    .all() as {
    id: string;
    mid: string;
    flds: unknown;
  }[];
  const notes = rows.map((row) => {
    if (typeof row.flds !== "string") throw refuse(`note ${row.id}: its fields are not text.`);
    return { id: row.id, noteType: row.mid, fields: row.flds.split("\x1f") };
  });
  return { noteTypes, notes, deck: mostUsedDeck(db, col.decks) };
}

function readNoteTypes(json: unknown): Map<string, NoteType> {
  const parsed = typeof json === "string" ? noteTypesSchema.safeParse(parseJson(json)) : undefined;
  if (!parsed?.success) throw refuse("The package's note types (col.models) are not the JSON Anki writes.");
  const types = new Map<string, NoteType>();
  for (const [id, model] of Object.entries(parsed.data)) {
    const fields = [...model.flds].sort((a, b) => (a.ord ?? 0) - (b.ord ?? 0)).map((f) => f.name);
    const typed = (model.tmpls ?? []).some((t) => t.qfmt?.includes("{{type:"));
    types.set(id, { name: model.name, cloze: model.type === 1, fields, typed });
  }
  return types;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// The title only: a package whose decks or cards cannot be read still imports, under its file's name.
function mostUsedDeck(db: Database.Database, json: unknown): string | undefined {
  const decks = typeof json === "string" ? decksSchema.safeParse(parseJson(json)) : undefined;
  if (!decks?.success) return undefined;
  try {
    if (!isPlainTable(db, "cards")) return undefined;
    const top = db
      .prepare("SELECT CAST(did AS TEXT) AS did FROM cards GROUP BY did ORDER BY COUNT(*) DESC, did LIMIT 1")
      .get() as { did: string } | undefined;
    return top && Object.hasOwn(decks.data, top.did) ? decks.data[top.did].name : undefined;
  } catch {
    return undefined;
  }
}
