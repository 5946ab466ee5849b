import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Table } from "./table";
import { tableXlsx } from "./xlsx";

type Row = { name: string; answered: number; share: number | null; at: Date | null };

const table: Table<Row> = {
  name: "Students",
  rows: [
    { name: "Zoë Ñúñez", answered: 12, share: 0.75, at: new Date("2026-11-30T09:15:00Z") },
    { name: "=cmd|' /C calc'!A0", answered: 0, share: null, at: null },
  ],
  columns: [
    { header: "student", title: "Student", kind: "text", value: (r) => r.name },
    { header: "answered", title: "Answered", kind: "integer", value: (r) => r.answered },
    { header: "accuracy_percent", title: "Right", kind: "percent", value: (r) => r.share },
    { header: "last_active", title: "Last active (UTC)", kind: "date", value: (r) => r.at },
  ],
};

async function readBack(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.getWorksheet("Students")!;
}

describe("tableXlsx", () => {
  it("is an xlsx (a zip) whose sheet has the titles, then numbers as numbers and shares as percentages", async () => {
    const bytes = await tableXlsx(table);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const sheet = await readBack(bytes);
    expect(sheet.getRow(1).values).toEqual([undefined, "Student", "Answered", "Right", "Last active (UTC)"]);
    const zoe = sheet.getRow(2);
    expect(zoe.getCell(1).value).toBe("Zoë Ñúñez");
    expect(zoe.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(zoe.getCell(2).value).toBe(12);
    expect(zoe.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(zoe.getCell(3).value).toBe(0.75);
    expect(zoe.getCell(3).numFmt).toBe("0%");
    expect(zoe.getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect((zoe.getCell(4).value as Date).toISOString()).toBe("2026-11-30T09:15:00.000Z");
  });

  it("stores text that looks like a formula as text, and a missing value as an empty cell", async () => {
    const row = (await readBack(await tableXlsx(table))).getRow(3);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(1).value).toBe("=cmd|' /C calc'!A0");
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.Null);
  });
});
