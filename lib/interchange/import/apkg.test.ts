import Database from "better-sqlite3";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error";
import { readApkg } from "./apkg";
import { MAX_NOTES } from "./apkg-collection";
import {
  BASIC,
  buildApkg,
  buildCollection,
  CLOZE,
  DECK,
  importedSetProblems,
  type TestNote,
} from "./apkg-test-package";

const read = async (notes: TestNote[], options: Omit<Parameters<typeof buildCollection>[0], "notes"> = {}) =>
  readApkg(await buildApkg(buildCollection({ notes, ...options })), "My deck.apkg");

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("import-refused");
  return (error as AppError).message;
};

describe("readApkg: Basic notes", () => {
  it("makes each Basic note a flashcard, front as prompt and back as answer, named by its note id", async () => {
    const set = await read([
      { id: 101, fields: ["Capital of France?", "Paris"] },
      { id: 102, fields: ["Capital of Italy?", "Rome"] },
    ]);
    expect(set.format).toBe("apkg");
    expect(set.title).toBe("Test deck");
    expect(set.questions).toEqual([
      {
        type: "flashcard",
        prompt: "Capital of France?",
        choices: [],
        answers: ["Paris"],
        explanation: "",
        citations: [],
        where: "note 101",
      },
      {
        type: "flashcard",
        prompt: "Capital of Italy?",
        choices: [],
        answers: ["Rome"],
        explanation: "",
        citations: [],
        where: "note 102",
      },
    ]);
    expect(set.skipped).toEqual([]);
    expect(importedSetProblems(set)).toEqual([]);
  });

  it("reduces HTML to text: tags gone, entities decoded, line breaks kept, scripts dropped whole", async () => {
    const set = await read([
      {
        fields: [
          "<div><b>Who</b> said &quot;veni&quot;?</div><div>(Latin&nbsp;&amp; Greek)</div>",
          "Caesar<br>in 47 BC<script>alert(1)</script>",
        ],
      },
    ]);
    expect(set.questions[0].prompt).toBe('Who said "veni"?\n(Latin & Greek)');
    expect(set.questions[0].answers).toEqual(["Caesar\nin 47 BC"]);
  });

  it("leaves images and sounds out and counts them in skipped", async () => {
    const set = await read([
      { id: 201, fields: ['<img src="map.png">Where is Lyon?', "South-east [sound:lyon.mp3]"] },
      { id: 202, fields: ["Plain", "card"] },
    ]);
    expect(set.questions.map((q) => [q.prompt, q.answers[0]])).toEqual([
      ["Where is Lyon?", "South-east"],
      ["Plain", "card"],
    ]);
    expect(set.skipped).toEqual([
      { where: "note 201", reason: "1 image and 1 sound left out: Footnote shows text only" },
    ]);
  });

  it("skips notes left empty, or of a note type with one field, saying which and why", async () => {
    const set = await read(
      [
        { id: 301, fields: ['<img src="flag.png">', "France"] },
        { id: 302, fields: ["Question with no answer", " <br> "] },
        { id: 303, type: 99, fields: ["Only one field"] },
        { id: 304, fields: ["Kept", "yes"] },
      ],
      { noteTypes: [{ id: 99, name: "One field", type: 0, fields: ["Text"] }] },
    );
    expect(set.questions.map((q) => q.where)).toEqual(["note 304"]);
    expect(set.skipped).toEqual(
      expect.arrayContaining([
        { where: "note 301", reason: "its front is empty once its images and sounds are left out" },
        { where: "note 302", reason: "its back is empty" },
        { where: "note 303", reason: 'its note type "One field" has fewer than two fields' },
      ]),
    );
  });

  it("skips a note whose note type is missing", async () => {
    const set = await read([{ id: 401, type: 12345, fields: ["a", "b"] }, { fields: ["c", "d"] }]);
    expect(set.skipped).toContainEqual({ where: "note 401", reason: "its note type is missing from the package" });
    expect(set.questions).toHaveLength(1);
  });

  it("makes a note whose card asks for the answer to be typed a short answer", async () => {
    const set = await read([{ type: 55, fields: ["Capital of Peru?", "Lima"] }], {
      noteTypes: [
        {
          id: 55,
          name: "Basic (type in the answer)",
          type: 0,
          fields: ["Front", "Back"],
          qfmt: "{{Front}}\n\n{{type:Back}}",
        },
      ],
    });
    expect(set.questions[0]).toMatchObject({ type: "short-answer", prompt: "Capital of Peru?", answers: ["Lima"] });
  });

  it("keeps a Source field (as Footnote's own export writes it) as the explanation", async () => {
    const set = await read(
      [
        {
          type: 77,
          fields: [
            "Who signed?",
            "Both envoys",
            "“The envoys signed at noon.” The call, passage 3 https://footnote.example/a/p3",
          ],
        },
      ],
      {
        noteTypes: [{ id: 77, name: "Footnote Basic", type: 0, fields: ["Front", "Back", "Source"] }],
      },
    );
    expect(set.questions[0].explanation).toBe(
      "“The envoys signed at noon.” The call, passage 3 https://footnote.example/a/p3",
    );
    expect(set.questions[0].citations).toEqual([]);
  });
});

describe("readApkg: Cloze notes", () => {
  it("makes one cloze question per cloze number, the others shown as their answers, a hint after the blank", async () => {
    const set = await read([
      { id: 501, type: CLOZE, fields: ["{{c1::Paris}} is the capital of {{c2::France::a country}}.", "Since 987"] },
    ]);
    expect(set.questions).toEqual([
      {
        type: "cloze",
        prompt: "_____ is the capital of France.",
        choices: [],
        answers: ["Paris"],
        explanation: "Since 987",
        citations: [],
        where: "note 501, cloze 1",
      },
      {
        type: "cloze",
        prompt: "Paris is the capital of _____ [a country].",
        choices: [],
        answers: ["France"],
        explanation: "Since 987",
        citations: [],
        where: "note 501, cloze 2",
      },
    ]);
    expect(importedSetProblems(set)).toEqual([]);
  });

  it("reads clozes through HTML, and skips a number deleted twice (a Footnote cloze has one blank)", async () => {
    const set = await read([
      {
        id: 601,
        type: CLOZE,
        fields: ["<b>{{c1::Rome}}</b> and {{c1::Athens}} were cities; {{c2::<i>Sparta</i>}} too.", ""],
      },
    ]);
    expect(set.questions.map((q) => [q.prompt, q.answers[0]])).toEqual([
      ["Rome and Athens were cities; _____ too.", "Sparta"],
    ]);
    expect(set.skipped).toContainEqual({
      where: "note 601, cloze 1",
      reason: "c1 is deleted 2 times; a Footnote cloze has one blank",
    });
  });

  it("skips a cloze note with no deletion", async () => {
    const set = await read([{ id: 701, type: CLOZE, fields: ["No deletion here", ""] }, { fields: ["a", "b"] }]);
    expect(set.skipped).toContainEqual({ where: "note 701", reason: "its cloze text holds no {{c1::…}} deletion" });
  });
});

describe("readApkg: the package", () => {
  it("titles the set after the deck most cards are in, nested decks joined with /", async () => {
    const set = await read(
      [
        { fields: ["a", "b"], deck: 5 },
        { fields: ["c", "d"], deck: 5 },
        { fields: ["e", "f"], deck: DECK },
      ],
      { decks: { 5: "History::Rome" } },
    );
    expect(set.title).toBe("History / Rome");
  });

  it("titles the set after the file when its cards are in Anki's Default deck", async () => {
    const set = await read([{ fields: ["a", "b"], deck: 1 }]);
    expect(set.title).toBe("My deck");
  });

  it("reads collection.anki21 rather than the collection.anki2 beside it", async () => {
    const old = buildCollection({ notes: [{ fields: ["old", "old"] }] });
    const current = buildCollection({ notes: [{ fields: ["new", "new"] }] });
    const set = await readApkg(await buildApkg(current, "collection.anki21", { "collection.anki2": old }), "x.apkg");
    expect(set.questions.map((q) => q.prompt)).toEqual(["new"]);
  });

  it("refuses the newer anki21b format, telling the teacher which export option to tick", async () => {
    const stub = buildCollection({
      notes: [{ fields: ["Please update to the latest Anki version, then import the .colpkg/.apkg file again.", ""] }],
    });
    const withNew = await buildApkg(stub, "collection.anki2", {
      "collection.anki21b": new Uint8Array([0x28, 0xb5, 0x2f, 0xfd]),
    });
    expect(await refusal(readApkg(withNew, "new.apkg"))).toMatch(
      /anki21b.*"Support older Anki versions \(slower\/larger files\)"/,
    );
    // The stub alone (the anki21b entry lost) is refused the same way, not imported as a one-card deck.
    expect(await refusal(readApkg(await buildApkg(stub), "stub.apkg"))).toMatch(/Support older Anki versions/);
  });

  it("refuses what is not a package, naming the fault", async () => {
    expect(await refusal(readApkg(new TextEncoder().encode("not a zip"), "x.apkg"))).toMatch(/not a zip/);
    const empty = new JSZip();
    empty.file("media", "{}");
    const noCollection = await empty.generateAsync({ type: "uint8array" });
    expect(await refusal(readApkg(noCollection, "x.apkg"))).toMatch(/no collection\.anki2 or collection\.anki21/);
    const notSqlite = await buildApkg(new TextEncoder().encode("SQLite format 3? no."));
    expect(await refusal(readApkg(notSqlite, "x.apkg"))).toMatch(/not an Anki collection.*not a database/);
  });

  it("refuses a collection without Anki's tables, or with note types that are not Anki's JSON", async () => {
    const db = new Database(":memory:");
    db.exec("CREATE TABLE something (a)");
    const foreign = db.serialize();
    db.close();
    expect(await refusal(readApkg(await buildApkg(foreign), "x.apkg"))).toMatch(/no plain col table/);
    expect(await refusal(read([{ fields: ["a", "b"] }], { models: "{not json" }))).toMatch(
      /note types \(col\.models\)/,
    );
    expect(await refusal(read([{ fields: ["a", "b"] }], { models: '{"1": {"name": 3}}' }))).toMatch(/note types/);
  });

  it("refuses a collection whose notes are a view (a recursive one would never end) or have generated columns", async () => {
    const endless = new Database(buildCollection({ notes: [{ fields: ["a", "b"] }] }));
    endless.exec(`DROP TABLE notes;
      CREATE VIEW notes AS WITH RECURSIVE r(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM r)
      SELECT id, ${BASIC} AS mid, 'a' || char(31) || 'b' AS flds FROM r;`);
    const view = endless.serialize();
    endless.close();
    expect(await refusal(readApkg(await buildApkg(view), "x.apkg"))).toMatch(/no plain notes table/);
    const generated = new Database(buildCollection({ notes: [] }));
    generated.exec(`DROP TABLE notes;
      CREATE TABLE notes (id integer primary key, mid integer, flds text GENERATED ALWAYS AS (hex(zeroblob(100000000))));`);
    const bytes = generated.serialize();
    generated.close();
    expect(await refusal(readApkg(await buildApkg(bytes), "x.apkg"))).toMatch(/no plain notes table/);
  });

  it("titles the set after the file when the cards are a view, without reading it", async () => {
    const db = new Database(buildCollection({ notes: [{ fields: ["a", "b"] }] }));
    db.exec(`DROP TABLE cards;
      CREATE VIEW cards AS WITH RECURSIVE r(did) AS (SELECT 1 UNION ALL SELECT did + 1 FROM r) SELECT did FROM r;`);
    const bytes = db.serialize();
    db.close();
    expect((await readApkg(await buildApkg(bytes), "Fallback.apkg")).title).toBe("Fallback");
  });

  it("refuses a package with more notes than it reads", async () => {
    const db = new Database(buildCollection({ notes: [{ fields: ["a", "b"] }] }));
    db.exec(`WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r LIMIT ${MAX_NOTES})
      INSERT INTO notes SELECT i, 'g' || i, ${BASIC}, 0, -1, '', 'q' || char(31) || 'a', 'q', 0, 0, '' FROM r;`);
    const bytes = db.serialize();
    db.close();
    expect(await refusal(readApkg(await buildApkg(bytes), "x.apkg"))).toBe(
      `The package holds ${MAX_NOTES + 1} notes; at most ${MAX_NOTES} are read.`,
    );
  });

  it("refuses a note whose fields are not text, naming it", async () => {
    const db = new Database(buildCollection({ notes: [{ id: 801, fields: ["a", "b"] }] }));
    db.prepare("UPDATE notes SET flds = ? WHERE id = 801").run(Buffer.from([1, 2, 3]));
    const bytes = db.serialize();
    db.close();
    expect(await refusal(readApkg(await buildApkg(bytes), "x.apkg"))).toBe("note 801: its fields are not text.");
  });

  it("refuses a package that gives no question, with the first reason", async () => {
    expect(await refusal(read([]))).toMatch(/holds no notes/);
    expect(await refusal(read([{ id: 901, fields: ["front", ""] }]))).toMatch(/note 901: its back is empty/);
  });

  it("keeps the deck's note ids as they are, beyond 2^53", async () => {
    const db = new Database(buildCollection({ notes: [{ fields: ["a", "b"] }] }));
    db.prepare("UPDATE notes SET id = 9007199254740993").run();
    const bytes = db.serialize();
    db.close();
    expect((await readApkg(await buildApkg(bytes), "x.apkg")).questions[0].where).toBe("note 9007199254740993");
  });
});
