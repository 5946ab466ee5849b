// An Anki collection (`collection.anki2`, schema 11) holding one deck of notes, written with better-sqlite3. The
// tables, indexes and JSON follow Anki's own definition (ankitects/anki rslib/src/storage/schema11.sql and the
// serde shapes in rslib/src/{notetype,decks,deckconfig}/schema11.rs, which say which keys are required); every
// current Anki upgrades such a collection when it imports a package.
import Database from "better-sqlite3";
import { stableId } from "./anki-ids";
import { ankiStripHtml, fieldChecksum } from "./anki-fields";

const SCHEMA = `
create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null,
  left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
  type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
`;

/** A note type's kind in Anki's JSON: 0 standard, 1 cloze. */
export type NoteTypeKind = 0 | 1;

type NoteTypeSpec = { name: string; kind: NoteTypeKind; fields: string[]; template: { qfmt: string; afmt: string } };

const SOURCE = `{{#Source}}<hr><div class="source">{{Source}}</div>{{/Source}}`;

/**
 * Footnote's two note types. Their ids come from their names, so every export (of any set) names the same two and
 * Anki merges them instead of adding "Footnote Basic+" copies; change a name or the fields and the id changes too.
 */
export const NOTE_TYPES = {
  basic: {
    name: "Footnote Basic",
    kind: 0,
    fields: ["Front", "Back", "Source"],
    template: { qfmt: "{{Front}}", afmt: `{{FrontSide}}<hr id="answer">{{Back}}${SOURCE}` },
  },
  cloze: {
    name: "Footnote Cloze",
    kind: 1,
    fields: ["Text", "Back Extra", "Source"],
    template: { qfmt: "{{cloze:Text}}", afmt: `{{cloze:Text}}<div class="extra">{{Back Extra}}</div>${SOURCE}` },
  },
} as const satisfies Record<string, NoteTypeSpec>;

export const noteTypeId = (kind: keyof typeof NOTE_TYPES) =>
  stableId(`note type ${NOTE_TYPES[kind].fields.join("|")} ${NOTE_TYPES[kind].name}`);

// No colours of our own: Anki's night mode then shows the cards light on dark as it does its own.
const CSS = `.card { font-family: system-ui, sans-serif; font-size: 20px; line-height: 1.5; text-align: left; }
.cloze { font-weight: bold; color: #1d4ed8; }
.nightMode .cloze { color: #93c5fd; }
.answer { font-weight: 600; }
.also, .explanation, .extra { margin-top: 0.75em; }
.source { font-size: 0.8em; }
.source blockquote { margin: 0.5em 0; padding-left: 0.75em; border-left: 3px solid currentColor; font-style: italic; }
.source .passage { margin-top: 0.5em; opacity: 0.8; }`;

const LATEX_PRE =
  "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n" +
  "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n";

function noteTypeJson(kind: keyof typeof NOTE_TYPES, deckId: number, mod: number) {
  const spec: NoteTypeSpec = NOTE_TYPES[kind];
  return {
    id: noteTypeId(kind),
    name: spec.name,
    type: spec.kind,
    mod,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [
      {
        name: "Card 1",
        ord: 0,
        qfmt: spec.template.qfmt,
        afmt: spec.template.afmt,
        bqfmt: "",
        bafmt: "",
        did: null,
        bfont: "",
        bsize: 0,
      },
    ],
    flds: spec.fields.map((name, ord) => ({
      name,
      ord,
      sticky: false,
      rtl: false,
      font: "Arial",
      size: 20,
      media: [],
    })),
    css: CSS,
    latexPre: LATEX_PRE,
    latexPost: "\\end{document}",
    latexsvg: false,
    // Which fields a Basic card needs (legacy Anki's card generation reads it; current Anki recomputes it; clozes
    // need none: their cards come from the cloze numbers).
    req: spec.kind === 0 ? [[0, "all", [0]]] : [],
    tags: [],
    vers: [],
  };
}

const today = (day: number) => [day, 0];

function deckJson(id: number, name: string, description: string, mod: number) {
  return {
    id,
    name,
    desc: description,
    mod,
    usn: -1,
    collapsed: false,
    browserCollapsed: false,
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
    newToday: today(0),
    revToday: today(0),
    lrnToday: today(0),
    timeToday: today(0),
  };
}

// Anki's defaults for the "Default" options group (rslib deckconfig schema11.rs Default impls).
const DEFAULT_DECK_CONFIG = {
  id: 1,
  name: "Default",
  mod: 0,
  usn: 0,
  maxTaken: 60,
  autoplay: true,
  timer: 0,
  replayq: true,
  dyn: false,
  new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
  rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
  lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
};

/** One note as the collection stores it: its GUID, type, fields (HTML) and tags. One card per note (Basic's one
 * template; Cloze's c1, the one blank a Footnote cloze has). */
export type CollectionNote = { guid: string; kind: keyof typeof NOTE_TYPES; fields: string[]; tags: string[] };

/**
 * A deck named `deckName` (description `description`, HTML) holding `notes`, as the bytes of a schema-11 SQLite
 * collection. `nowMs`: the time the notes and note types carry as modified (ms since 1970; seconds where Anki keeps
 * seconds): Anki's package importer updates a note with the same GUID only when the incoming one is newer. Notes
 * and cards are new (queue 0), due in the set's order.
 */
export function collectionBytes(
  deckName: string,
  deckId: number,
  description: string,
  notes: CollectionNote[],
  nowMs: number,
): Uint8Array {
  const mod = Math.floor(nowMs / 1000);
  const crt = Math.floor(mod / 86_400) * 86_400;
  const db = new Database(":memory:");
  try {
    db.exec(SCHEMA);
    const basicId = noteTypeId("basic");
    const models = {
      [basicId]: noteTypeJson("basic", deckId, mod),
      [noteTypeId("cloze")]: noteTypeJson("cloze", deckId, mod),
    };
    const decks = { 1: deckJson(1, "Default", "", 0), [deckId]: deckJson(deckId, deckName, description, mod) };
    const conf = {
      activeDecks: [deckId],
      curDeck: deckId,
      curModel: basicId,
      newSpread: 0,
      collapseTime: 1200,
      timeLim: 0,
      estTimes: true,
      dueCounts: true,
      nextPos: notes.length + 1,
      sortType: "noteFld",
      sortBackwards: false,
      addToCur: true,
      schedVer: 2,
    };
    db.prepare("insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')").run(
      crt,
      nowMs,
      nowMs,
      JSON.stringify(conf),
      JSON.stringify(models),
      JSON.stringify(decks),
      JSON.stringify({ 1: DEFAULT_DECK_CONFIG }),
    );
    const insertNote = db.prepare("insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const insertCard = db.prepare("insert into cards values (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
    db.transaction(() => {
      notes.forEach((note, index) => {
        // Anki's ids are creation times in ms, which its browser shows as "Created"; its importers renumber clashes.
        const id = nowMs + index;
        const tags = note.tags.length > 0 ? ` ${note.tags.join(" ")} ` : "";
        const sortField = ankiStripHtml(note.fields[0]);
        insertNote.run(
          id,
          note.guid,
          noteTypeId(note.kind),
          mod,
          tags,
          note.fields.join("\x1f"),
          sortField,
          fieldChecksum(note.fields[0]),
        );
        insertCard.run(id, id, deckId, mod, index + 1);
      });
    })();
    return new Uint8Array(db.serialize());
  } finally {
    db.close();
  }
}
