// The tab-separated text read back by someone else's parser (papaparse, tab-delimited, "#" lines as comments, as
// Anki's own reader treats them), checked against Anki's file headers and the .apkg's GUIDs.
import Database from "better-sqlite3";
import JSZip from "jszip";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { exportedContentSets } from "../testing/content-set";
import type { ExportedQuestion, ExportedSet } from "../types";
import { exportAnkiText } from "./anki-txt";
import { exportApkg } from "./apkg";

async function read(set: ExportedSet) {
  const file = await exportAnkiText(set);
  const text = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  const headerLines = text.split("\n").filter((line) => line.startsWith("#"));
  const headers = new Map(
    headerLines.map((line) => [line.slice(1, line.indexOf(":")), line.slice(line.indexOf(":") + 1)] as const),
  );
  const parsed = Papa.parse<string[]>(text, { delimiter: "\t", comments: "#", skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { file, text, headers, rows: parsed.data };
}

async function apkgGuids(set: ExportedSet): Promise<string[]> {
  const zip = await JSZip.loadAsync((await exportApkg(set)).bytes);
  const db = new Database(Buffer.from(await zip.file("collection.anki2")!.async("uint8array")), { readonly: true });
  try {
    return (db.prepare("select guid from notes order by id").all() as { guid: string }[]).map((n) => n.guid);
  } finally {
    db.close();
  }
}

const sets = exportedContentSets();

describe("exportAnkiText, the shipped sets read back", () => {
  it.each(sets.map((s) => [s.id, s] as const))(
    "%s: Anki's headers, then one row of five fields per question",
    async (_id, set) => {
      const { file, headers, rows } = await read(set);
      expect(file.extension).toBe(".txt");
      expect(file.mediaType).toBe("text/plain; charset=utf-8");
      expect(file.leftOut).toEqual([]);
      expect(headers.get("separator")).toBe("tab");
      expect(headers.get("html")).toBe("false");
      expect(headers.get("deck")).toBe(set.title);
      expect(headers.get("columns")!.split("\t")).toHaveLength(5);
      const column = (name: string) => Number(headers.get(`${name} column`)) - 1;

      expect(rows).toHaveLength(set.questions.length);
      rows.forEach((row, i) => {
        const q = set.questions[i];
        expect(row, `row ${i + 1}`).toHaveLength(5);
        expect(row[column("notetype")]).toBe(q.type === "cloze" ? "Cloze" : "Basic");
        expect(row[column("deck")]).toBe(set.title);
        if (q.type === "cloze") {
          expect(row[0]).toContain(`{{c1::${q.answers[0]}}}`);
          expect(row[0]).not.toContain("_____");
        } else {
          expect(row[0]).toContain(q.prompt);
          expect(row[1].startsWith(q.answers[0])).toBe(true);
        }
        for (const choice of q.type === "multiple-choice" ? q.choices : []) expect(row[0]).toContain(choice);
        for (const c of q.citations) {
          expect(row[1]).toContain(c.quote);
          expect(row[1]).toContain(c.link);
        }
      });
      // The same GUIDs as the .apkg, so a learner's notes stay one note whichever file they import.
      expect(rows.map((row) => row[column("guid")])).toEqual(await apkgGuids(set));
      expect(new Set(rows.map((row) => row[column("guid")])).size).toBe(rows.length);
    },
  );
});

const question = (over: Partial<ExportedQuestion>): ExportedQuestion => ({
  id: "q",
  type: "flashcard",
  prompt: "Prompt",
  choices: [],
  answers: ["Answer"],
  explanation: "",
  held: true,
  citations: [],
  ...over,
});

const setOf = (questions: ExportedQuestion[], title = "A set"): ExportedSet => ({
  id: "set-1",
  title,
  description: "",
  order: 0,
  link: "https://footnote.example/sets/set-1",
  questions,
  articles: [],
});

describe("exportAnkiText, awkward text", () => {
  it("round-trips a field holding a tab, a line break and quotes, and a prompt that starts with #", async () => {
    const awkward = 'He said "stop"\tthen\nleft, <b>not</b> bold';
    const set = setOf([
      question({ id: "a", prompt: awkward, answers: ['"Quoted" answer'] }),
      question({ id: "b", prompt: "#1 in the list?", answers: ["Yes"] }),
      question({ id: "c", prompt: "Plain", answers: ["Plain answer"] }),
    ]);
    const { rows } = await read(set);
    expect(rows).toHaveLength(3);
    expect(rows[0][0]).toBe(awkward);
    expect(rows[0][1]).toMatch(/^"Quoted" answer · /);
    expect(rows[1][0]).toBe("#1 in the list?");
    expect(rows.every((row) => row.length === 5)).toBe(true);
  });

  it("says a question without a citation needs a source, and keeps it", async () => {
    const { rows } = await read(setOf([question({ citations: [] })]));
    expect(rows).toHaveLength(1);
    expect(rows[0][1]).toBe("Answer · Source: Needs a source");
  });

  it("puts the deck on one line, on one level, and never a number Anki would take for a deck's id", async () => {
    expect((await read(setOf([question({})], "Unit 2::\nWar"))).headers.get("deck")).toBe("Unit 2: War");
    const numeric = await read(setOf([question({})], "1984"));
    expect(numeric.headers.get("deck")).toBe("1984 (Footnote)");
    expect(numeric.rows[0][3]).toBe("1984 (Footnote)");
  });

  it("turns a cloze's blank into {{c1::answer}} with the other answers and the explanation on the back", async () => {
    const cloze = question({
      type: "cloze",
      prompt: "Biden spoke with _____ on Tuesday.",
      answers: ["Xi", "Xi Jinping"],
      explanation: "CNN says so.",
    });
    const { rows } = await read(setOf([cloze]));
    expect(rows[0][0]).toBe("Biden spoke with {{c1::Xi}} on Tuesday.");
    expect(rows[0][1]).toBe("Also accepted: Xi Jinping · CNN says so. · Source: Needs a source");
    expect(rows[0][2]).toBe("Cloze");
  });
});
