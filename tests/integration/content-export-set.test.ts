// `npm run -s content:export -- --set <id> --format <format>` on a real migrated database: a shipped set in every
// format part A2 writes, each file read back by another parser (the footnote zip by the real content:check
// script); a teacher's set whose question cites nothing, counted on stderr; and clear refusals.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { parse as parseGift } from "gift-pegjs";
import JSZip from "jszip";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { create } from "xmlbuilder2";
import { loadContent } from "../../lib/content/load";
import { syncContent } from "../../lib/content/sync";
import { makeArticle, makeSet } from "../support/authored-content";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-export-set-"));
const shipped = loadContent().sets.find((s) => s.id === "the-call")!;

/** Runs a script as `npm run` does (package.json: content:export runs tsx with the react-server condition). */
function run(script: string, args: string[]) {
  const result = spawnSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", script, ...args],
    { env: { ...process.env, DATABASE_URL: t.url } },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString("utf8") };
}
const exportSet = (set: string, format: string) => run("scripts/content-export.ts", ["--set", set, "--format", format]);

/** Writes a zip's files under a fresh folder; returns the folder. */
async function unzip(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const dir = fs.mkdtempSync(path.join(tmp, "zip-"));
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) {
    fs.mkdirSync(path.join(dir, path.dirname(name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), await zip.files[name].async("nodebuffer"));
  }
  return dir;
}

beforeAll(async () => {
  t = await createTestDatabase();
  await syncContent(t.db, loadContent());
});
afterAll(async () => {
  await t.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("content:export --set for a shipped set", () => {
  it("gift: Moodle's text, every question read back by gift-pegjs with its type", () => {
    const { status, stdout, stderr } = exportSet("the-call", "gift");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const questions = parseGift(stdout.toString("utf8"));
    expect(questions.map((q) => ("title" in q ? q.title : null))).toEqual(shipped.questions.map((q) => q.id));
    const types = {
      "multiple-choice": "MC",
      "true-false": "TF",
      "short-answer": "Short",
      cloze: "Short",
      flashcard: "Short",
    };
    expect(questions.map((q) => q.type)).toEqual(shipped.questions.map((q) => types[q.type]));
  });

  it("csv: a byte-order mark, then a header and one row per question that papaparse reads", () => {
    const { status, stdout, stderr } = exportSet("the-call", "csv");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect([...stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(stdout.subarray(3).toString("utf8"), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(shipped.questions.length + 1);
    expect(parsed.data.slice(1).map((r) => [r[0], r[4]])).toEqual(shipped.questions.map((q) => [q.id, q.answers[0]]));
  });

  it("qti: a zip whose manifest names an assessment with one item per question", async () => {
    const { status, stdout, stderr } = exportSet("the-call", "qti");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const zip = await JSZip.loadAsync(stdout);
    const manifest = create(await zip.file("imsmanifest.xml")!.async("string")).node as unknown as Document;
    const href = manifest.getElementsByTagName("file")[0].getAttribute("href")!;
    const assessment = create(await zip.file(href)!.async("string")).node as unknown as Document;
    const items = [...assessment.getElementsByTagName("item")];
    expect(items.map((i) => i.getAttribute("title"))).toEqual(shipped.questions.map((q) => q.id));
    expect(assessment.getElementsByTagName("itemfeedback")).toHaveLength(shipped.questions.length);
  });

  it("kahoot: the template with its multiple choice and true/false questions, the rest counted on stderr", async () => {
    const { status, stdout, stderr } = exportSet("the-call", "kahoot");
    expect(status).toBe(0);
    const fits = shipped.questions.filter((q) => q.type === "multiple-choice" || q.type === "true-false");
    const others = shipped.questions.length - fits.length;
    expect(stderr).toBe(
      others
        ? `left out ${others} questions: not multiple choice or true/false (Kahoot's quiz holds only those)\n`
        : "",
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(stdout as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell("B8").value).toBe("Question - max 120 characters");
    const prompts = Array.from({ length: sheet.rowCount - 8 }, (_, i) => sheet.getRow(9 + i).getCell(2).value);
    expect(prompts).toEqual(fits.map((q) => q.prompt));
  });

  it("footnote: a zip that the real content:check accepts, holding the set as content/ has it", async () => {
    const { status, stdout, stderr } = exportSet("the-call", "footnote");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const dir = await unzip(stdout);
    const check = run("scripts/content-check.ts", [dir]);
    expect(check.stderr).toBe("");
    expect(check.stdout.toString("utf8")).toMatch(/^content ok: 2 articles, 1 sets, \d+ questions/);
    expect(check.status).toBe(0);
    expect(loadContent(dir, dir).sets).toEqual([shipped]);
  });
});

describe("content:export --set for a teacher's set", () => {
  it("leaves a question citing nothing out of the footnote zip, says so on stderr, and content:check accepts the rest", async () => {
    const teacher = await t.db.user.create({ data: { name: "T", role: "TEACHER", email: "t@example.com" } });
    const article = await makeArticle(t.db, teacher.id, { title: "Notes", passages: ["The council met on Tuesday."] });
    const cite = [{ article, passage: "p1", quote: "met on Tuesday" }];
    const set = await makeSet(t.db, teacher.id, {
      title: "Mine",
      questions: [
        { type: "SHORT_ANSWER", prompt: "When?", answers: ["Tuesday"], explanation: "It says so.", cite },
        { type: "FLASHCARD", prompt: "Who?", answers: ["The council"], explanation: "Later.", cite: [], held: true },
      ],
    });
    const { status, stdout, stderr } = exportSet(set.id, "footnote");
    expect(status).toBe(0);
    expect(stderr).toBe(
      "left out 1 question: cites nothing yet (Footnote's files require every question to cite a passage)\n",
    );
    const dir = await unzip(stdout);
    expect(run("scripts/content-check.ts", [dir]).status).toBe(0);
    expect(loadContent(dir, dir).sets[0].questions.map((q) => q.id)).toEqual([set.questionIds[0]]);
    // Every other format keeps the question citing nothing.
    expect(parseGift(exportSet(set.id, "gift").stdout.toString("utf8"))).toHaveLength(2);
  });
});

describe("content:export --set refusals", () => {
  it("exits 1 with a clear message and nothing on stdout for an unknown set or format, or a missing argument", () => {
    const cases: [string[], RegExp][] = [
      [["--set", "no-such-set", "--format", "gift"], /^footnote: no set with id "no-such-set" in the database\n$/],
      [
        ["--set", "the-call", "--format", "pdf"],
        /^footnote: unknown format "pdf": one of apkg, anki-txt, gift, qti, kahoot, csv, footnote\n$/,
      ],
      [["--set", "the-call"], /^footnote: name both a set and a format\nusage: npm run -s content:export/],
      [["--format", "csv"], /^footnote: name both a set and a format\n/],
    ];
    for (const [args, message] of cases) {
      const result = run("scripts/content-export.ts", args);
      expect(result.status, args.join(" ")).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toHaveLength(0);
    }
  });
});
