// Kahoot's sheet read back with exceljs: the template's header on row 8, one row per multiple choice or true/false
// question within the limits, the right answer's number, and what was left out counted by reason.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { contentExportedSet } from "../testing/content-set-a2";
import { HOSTILE_QUESTIONS, hostileSet } from "../testing/hostile-set-a2";
import type { ExportedQuestion, ExportedSet } from "../types";
import { exportKahoot, KAHOOT_HEADER, KAHOOT_HEADER_ROW, KAHOOT_REASONS } from "./kahoot";

async function readBack(set: ExportedSet) {
  const file = await exportKahoot(set);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: ExcelJS.Row[] = [];
  for (let n = KAHOOT_HEADER_ROW + 1; n <= sheet.rowCount; n++) rows.push(sheet.getRow(n));
  return { file, sheet, rows };
}

const cells = (row: ExcelJS.Row) => Array.from({ length: 8 }, (_, i) => row.getCell(i + 1).value ?? "");

describe("exportKahoot", () => {
  it("writes the template's header and every multiple choice and true/false question of a shipped set", async () => {
    const set = contentExportedSet("the-call");
    const { file, sheet, rows } = await readBack(set);
    expect(file.extension).toBe(".xlsx");
    expect([...file.bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(cells(sheet.getRow(KAHOOT_HEADER_ROW))).toEqual(["", ...KAHOOT_HEADER]);
    const fits = set.questions.filter((q) => q.type === "multiple-choice" || q.type === "true-false");
    expect(rows).toHaveLength(fits.length);
    rows.forEach((row, i) => {
      const q = fits[i];
      const answers = q.type === "true-false" ? ["True", "False"] : q.choices;
      expect(cells(row)).toEqual([
        i + 1,
        q.prompt,
        ...[...answers, "", "", "", ""].slice(0, 4),
        20,
        answers.indexOf(q.type === "true-false" ? (q.answers[0] === "True" ? "True" : "False") : q.answers[0]) + 1,
      ]);
    });
    const others = set.questions.length - fits.length;
    expect(file.leftOut).toEqual(others ? [{ count: others, reason: KAHOOT_REASONS.type }] : []);
  });

  it("leaves out what Kahoot cannot hold, counting each reason once, and keeps formulas and markup as text", async () => {
    const mc = HOSTILE_QUESTIONS[0];
    const extra: ExportedQuestion[] = [
      { ...mc, id: "five", choices: ["a", "b", "c", "d", "e"], answers: ["a"] },
      { ...mc, id: "one", choices: ["a"], answers: ["a"] },
      { ...mc, id: "long-q", prompt: "x".repeat(121) },
      { ...mc, id: "fits-q", prompt: "y".repeat(120), choices: ["z".repeat(75), "b"], answers: ["b"] },
      { ...mc, id: "long-a", choices: ["z".repeat(76), "b"], answers: ["b"] },
      { ...mc, id: "lines", prompt: "Two\nlines", choices: ["=1+1", "@b"], answers: ["@b"] },
    ];
    const base = hostileSet();
    const set = { ...base, questions: [...base.questions, ...extra] };
    const { file, rows } = await readBack(set);
    const shipped = contentExportedSet("the-call").questions;
    const shippedOthers = shipped.filter((q) => !["multiple-choice", "true-false"].includes(q.type)).length;
    expect(file.leftOut).toEqual([
      { count: shippedOthers + 4, reason: KAHOOT_REASONS.type },
      { count: 2, reason: KAHOOT_REASONS.choices },
      { count: 1, reason: KAHOOT_REASONS.question },
      { count: 1, reason: KAHOOT_REASONS.answer },
    ]);
    const kept = rows.map(cells);
    expect(kept).toHaveLength(set.questions.length - file.leftOut.reduce((n, l) => n + l.count, 0));
    const byPrompt = new Map(kept.map((r) => [r[1], r]));
    expect(byPrompt.get(mc.prompt)!.slice(2)).toEqual([...mc.choices, 20, 3]);
    expect(byPrompt.get("y".repeat(120))!.slice(2)).toEqual(["z".repeat(75), "b", "", "", 20, 2]);
    expect(byPrompt.get("Two lines")!.slice(2)).toEqual(["=1+1", "@b", "", "", 20, 2]);
    for (const row of rows)
      for (let c = 1; c <= 8; c++) expect(row.getCell(c).type).not.toBe(ExcelJS.ValueType.Formula);
    for (const row of kept) {
      expect(String(row[1]).length).toBeLessThanOrEqual(120);
      for (const a of row.slice(2, 6)) expect(String(a).length).toBeLessThanOrEqual(75);
    }
  });
});
