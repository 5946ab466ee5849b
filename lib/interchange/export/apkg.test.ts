// The .apkg read back as Anki reads it: unzipped with jszip, the collection opened with SQLite and checked against
// Anki's schema 11 (ankitects/anki rslib/src/storage/schema11.sql) and the JSON keys its importer requires.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import JSZip from "jszip";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { exportedContentSets } from "../testing/content-set";
import type { ExportedQuestion, ExportedSet } from "../types";
import { apkgExporter, exportApkg } from "./apkg";

// Anki's schema 11, column by column, as its own schema11.sql declares it.
const ANKI_TABLES: Record<string, string[]> = {
  col: ["id", "crt", "mod", "scm", "ver", "dty", "usn", "ls", "conf", "models", "decks", "dconf", "tags"],
  notes: ["id", "guid", "mid", "mod", "usn", "tags", "flds", "sfld", "csum", "flags", "data"],
  cards: [
    "id",
    "nid",
    "did",
    "ord",
    "mod",
    "usn",
    "type",
    "queue",
    "due",
    "ivl",
    "factor",
    "reps",
    "lapses",
    "left",
    "odue",
    "odid",
    "flags",
    "data",
  ],
  revlog: ["id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"],
  graves: ["usn", "oid", "type"],
};
const ANKI_INDEXES = [
  "ix_notes_usn",
  "ix_cards_usn",
  "ix_revlog_usn",
  "ix_cards_nid",
  "ix_cards_sched",
  "ix_revlog_cid",
  "ix_notes_csum",
];

const NOW = Date.UTC(2026, 11, 1, 9, 30);

type Model = {
  id: number | string;
  name: string;
  type: number;
  flds: { name: string; ord: number }[];
  tmpls: { name: string; ord: number; qfmt: string; afmt: string }[];
  css: string;
  sortf: number;
  usn: number;
  mod: number;
};
type Deck = { id: number; name: string; dyn: number; conf: number; desc: string };
type NoteRow = {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  tags: string;
  flds: string;
  sfld: string | number;
  csum: number;
};
type CardRow = { id: number; nid: number; did: number; ord: number; type: number; queue: number; due: number };

async function openPackage(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  expect(Object.keys(zip.files).sort()).toEqual(["collection.anki2", "media"]);
  expect(JSON.parse(await zip.file("media")!.async("string"))).toEqual({});
  const db = new Database(Buffer.from(await zip.file("collection.anki2")!.async("uint8array")), { readonly: true });
  const col = db.prepare("select * from col").get() as Record<string, string | number>;
  const models = JSON.parse(col.models as string) as Record<string, Model>;
  const decks = JSON.parse(col.decks as string) as Record<string, Deck>;
  const dconf = JSON.parse(col.dconf as string) as Record<string, { id: number; name: string }>;
  const notes = db.prepare("select * from notes order by id").all() as NoteRow[];
  const cards = db.prepare("select * from cards order by id").all() as CardRow[];
  return { db, col, models, decks, dconf, notes, cards };
}

// A text as a browser shows it: an independent reader of the fields' HTML (Anki's own checksum strips tags and
// decodes references the same way, rslib text.rs).
const shown = (html: string) =>
  parseHTML(`<!doctype html><html><body><div>${html}</div></body></html>`).document.querySelector("div")!;
const textOf = (html: string) => shown(html).textContent ?? "";
const ankiChecksum = (html: string) => parseInt(createHash("sha1").update(textOf(html)).digest("hex").slice(0, 8), 16);

const clozeNumbers = (text: string) => new Set([...text.matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1])));

const sets = exportedContentSets();

describe("exportApkg, the shipped sets read back", () => {
  it.each(sets.map((s) => [s.id, s] as const))(
    "%s: a schema-11 collection with one deck, its note types and one card per note",
    async (_id, set) => {
      const file = await apkgExporter(() => NOW)(set);
      expect(file.extension).toBe(".apkg");
      expect(file.leftOut).toEqual([]);
      const { db, col, models, decks, dconf, notes, cards } = await openPackage(file.bytes);
      try {
        for (const [table, columns] of Object.entries(ANKI_TABLES)) {
          const actual = (db.prepare(`pragma table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
          expect(actual, table).toEqual(columns);
        }
        const indexes = (
          db.prepare("select name from sqlite_master where type = 'index'").all() as { name: string }[]
        ).map((i) => i.name);
        expect(indexes.sort()).toEqual([...ANKI_INDEXES].sort());
        expect(col.ver).toBe(11);

        // Note types: Footnote's two, with their fields and one template each.
        const byName = new Map(Object.values(models).map((m) => [m.name, m]));
        expect([...byName.keys()].sort()).toEqual(["Footnote Basic", "Footnote Cloze"]);
        const basic = byName.get("Footnote Basic")!;
        const cloze = byName.get("Footnote Cloze")!;
        expect(basic.type).toBe(0);
        expect(basic.flds.map((f) => f.name)).toEqual(["Front", "Back", "Source"]);
        expect(cloze.type).toBe(1);
        expect(cloze.flds.map((f) => f.name)).toEqual(["Text", "Back Extra", "Source"]);
        expect(cloze.tmpls).toHaveLength(1);
        expect(cloze.tmpls[0].qfmt).toContain("{{cloze:Text}}");
        for (const model of [basic, cloze]) {
          expect(String(model.id)).toBe(Object.keys(models).find((k) => models[k] === model));
          expect(model.tmpls).toHaveLength(1);
          expect(model.tmpls[0].afmt).toContain("{{Source}}");
          expect(model.flds.map((f) => f.ord)).toEqual([0, 1, 2]);
        }

        // One deck of ours (and Anki's Default), named after the set, with options group 1, which exists.
        const ours = Object.values(decks).filter((d) => d.id !== 1);
        expect(ours).toHaveLength(1);
        expect(ours[0].name).toBe(set.title);
        expect(ours[0].dyn).toBe(0);
        expect(dconf[String(ours[0].conf)]).toBeDefined();

        // Notes: one per question, each with its type's fields; csum and sfld as Anki computes them.
        expect(notes).toHaveLength(set.questions.length);
        notes.forEach((note, i) => {
          const model = models[String(note.mid)];
          expect(model, `note ${i}`).toBeDefined();
          const fields = note.flds.split("\x1f");
          expect(fields).toHaveLength(model.flds.length);
          expect(note.csum).toBe(ankiChecksum(fields[0]));
          expect(String(note.sfld)).toBe(textOf(fields[0]));
          expect(model.name).toBe(set.questions[i].type === "cloze" ? "Footnote Cloze" : "Footnote Basic");
          expect(note.mod).toBe(NOW / 1000);
        });

        // Cards: Basic one (ord 0); Cloze one per cloze number (ord = number - 1); every card new, in our deck.
        for (const note of notes) {
          const own = cards.filter((c) => c.nid === note.id);
          const model = models[String(note.mid)];
          const expected = model.type === 1 ? [...clozeNumbers(note.flds.split("\x1f")[0])].map((n) => n - 1) : [0];
          expect(expected.length).toBeGreaterThan(0);
          expect(own.map((c) => c.ord).sort()).toEqual(expected.sort());
          for (const card of own) expect([card.did, card.type, card.queue]).toEqual([ours[0].id, 0, 0]);
        }
        expect(cards.map((c) => c.due)).toEqual(notes.map((_, i) => i + 1));
      } finally {
        db.close();
      }
    },
  );

  it("puts every citation's quote, article, passage and link in the Source field", async () => {
    const set = sets[0];
    const { db, notes } = await openPackage((await exportApkg(set)).bytes);
    db.close();
    set.questions.forEach((q, i) => {
      const source = shown(note(notes, i)[2]);
      for (const c of q.citations) {
        expect(source.textContent).toContain(c.quote);
        expect(source.textContent).toContain(c.passageText);
        expect(source.textContent).toContain(set.articles.find((a) => a.id === c.article)!.title);
        expect([...source.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toContain(c.link);
      }
    });
  });

  it("keeps the GUIDs from one export to the next, one per question, and dates the notes by the export", async () => {
    const set = sets[0];
    const first = await openPackage((await apkgExporter(() => NOW)(set)).bytes);
    const later = await openPackage((await apkgExporter(() => NOW + 86_400_000)(set)).bytes);
    first.db.close();
    later.db.close();
    const guids = first.notes.map((n) => n.guid);
    expect(later.notes.map((n) => n.guid)).toEqual(guids);
    expect(new Set(guids).size).toBe(set.questions.length);
    // Anki's importer updates a note with a known GUID only when the incoming one is newer.
    expect(later.notes[0].mod).toBeGreaterThan(first.notes[0].mod);
    expect(Object.keys(later.models).sort()).toEqual(Object.keys(first.models).sort());
    const otherSet = await openPackage((await apkgExporter(() => NOW)(sets[1])).bytes);
    otherSet.db.close();
    expect(otherSet.notes.some((n) => guids.includes(n.guid))).toBe(false);
  });

  it("gives the same bytes for the same set at the same time", async () => {
    const a = await apkgExporter(() => NOW)(sets[0]);
    const b = await apkgExporter(() => NOW)(sets[0]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});

function note(notes: NoteRow[], index: number): string[] {
  return notes[index].flds.split("\x1f");
}

const question = (over: Partial<ExportedQuestion>): ExportedQuestion => ({
  id: "q",
  type: "flashcard",
  prompt: "Prompt",
  choices: [],
  answers: ["Answer"],
  explanation: "Because.",
  held: false,
  citations: [],
  ...over,
});

const setOf = (questions: ExportedQuestion[], title = "A set"): ExportedSet => ({
  id: "set-1",
  title,
  description: "<i>Described</i>",
  order: 0,
  link: "https://footnote.example/sets/set-1",
  questions,
  articles: [
    {
      id: "art",
      title: "An <article>",
      outlet: null,
      translationNote: null,
      sourceUrl: null,
      publishedOn: null,
      passages: [],
    },
  ],
});

describe("exportApkg, what a teacher typed", () => {
  const hostile = `<script>alert("x")</script> & 'quotes' [sound:boom.mp3] {{c2::sneaky}}`;

  it("arrives escaped in every field: no markup, no sound tag, no cloze of the teacher's", async () => {
    const set = setOf([
      question({
        id: "mc",
        type: "multiple-choice",
        prompt: hostile,
        choices: ["<b>bold</b>", "plain"],
        answers: ["<b>bold</b>"],
        explanation: hostile,
      }),
      question({
        id: "cz",
        type: "cloze",
        prompt: `Before ${hostile} _____ after`,
        answers: ["a::b}}"],
        explanation: "",
      }),
    ]);
    const { db, notes, models } = await openPackage((await exportApkg(set)).bytes);
    db.close();
    const [mc, cz] = [note(notes, 0), note(notes, 1)];
    for (const field of [...mc, ...cz]) {
      expect(field).not.toMatch(/<script|<b>|\[sound:|\{\{c2::/);
    }
    const front = shown(mc[0]);
    expect(front.querySelector("script")).toBeNull();
    expect(front.textContent).toBe(`${hostile}<b>bold</b>plain`);
    expect([...front.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["<b>bold</b>", "plain"]);
    expect(textOf(mc[1])).toContain(hostile);
    // The cloze keeps one deletion, c1, whose answer shows as typed.
    expect(clozeNumbers(cz[0])).toEqual(new Set([1]));
    expect(textOf(cz[0])).toBe(`Before ${hostile} {{c1::a::b}}}} after`);
    // As Anki reads a cloze in the raw field: from "{{c1::" to the first "}}", a "::" starting a hint.
    const deletion = /\{\{c1::(.*?)\}\}/.exec(cz[0])![1];
    expect(deletion).not.toContain("::");
    expect(textOf(deletion)).toBe("a::b}}");
    expect(models[String(notes[1].mid)].type).toBe(1);
  });

  it("links only to http(s) addresses and names the set's deck on one level", async () => {
    const cited = question({
      citations: [
        {
          article: "art",
          passage: "p",
          quote: "Q",
          prefix: "",
          suffix: "",
          start: null,
          end: null,
          passageText: "P Q",
          link: "javascript:alert(1)",
        },
      ],
    });
    const { db, notes, decks } = await openPackage(
      (await exportApkg(setOf([cited], "History::Cold War\nUnit 2"))).bytes,
    );
    db.close();
    const source = shown(note(notes, 0)[2]);
    expect(source.querySelector("a")).toBeNull();
    expect(source.textContent).toContain("An <article>");
    const deck = Object.values(decks).find((d) => d.id !== 1)!;
    expect(deck.name).toBe("History:Cold War Unit 2");
    expect(deck.desc).toContain("&lt;i&gt;Described&lt;/i&gt;");
    expect(shown(deck.desc).querySelector("a")!.getAttribute("href")).toBe("https://footnote.example/sets/set-1");
  });

  it("keeps a question that cites nothing, its Source saying it needs one", async () => {
    const { db, notes } = await openPackage((await exportApkg(setOf([question({ citations: [] })]))).bytes);
    db.close();
    expect(note(notes, 0)[2]).toBe("Needs a source");
    expect(notes[0].tags.trim().split(" ")).toContain("needs-a-source");
  });

  it("shows multiple choice with its choices on the front and short answers with the others accepted", async () => {
    const set = setOf([
      question({ id: "mc", type: "multiple-choice", prompt: "Which?", choices: ["One", "Two"], answers: ["Two"] }),
      question({ id: "tf", type: "true-false", prompt: "True?", choices: ["True", "False"], answers: ["False"] }),
      question({ id: "sa", type: "short-answer", prompt: "Name it", answers: ["Xi", "Xi Jinping", "President Xi"] }),
    ]);
    const { db, notes } = await openPackage((await exportApkg(set)).bytes);
    db.close();
    expect([...shown(note(notes, 0)[0]).querySelectorAll("li")].map((li) => li.textContent)).toEqual(["One", "Two"]);
    expect(textOf(note(notes, 0)[1])).toMatch(/^Two/);
    expect([...shown(note(notes, 1)[0]).querySelectorAll("li")].map((li) => li.textContent)).toEqual(["True", "False"]);
    expect(textOf(note(notes, 2)[1])).toContain("Also accepted: Xi Jinping, President Xi");
    expect(textOf(note(notes, 2)[1])).toContain("Because.");
  });
});
