// Tables as an Excel workbook (.xlsx, through exceljs): numbers as numbers, shares as percentages,
// dates as dates, so a teacher can sort and chart them without converting text first.
import ExcelJS from "exceljs";
import type { Table } from "./table";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const FORMATS = { text: "@", integer: "0", percent: "0%", date: "yyyy-mm-dd hh:mm" } as const;

/**
 * A workbook of one worksheet (named by table.name, at most 31 characters as Excel allows), a bold
 * header row frozen in view. Percent cells hold the share (0–1) with the format "0%"; dates are
 * written in UTC, since a cell has no time zone. Text is stored as text, never as a formula, so
 * "=cmd" stays inert without the CSV's apostrophe. Resolves to the file's bytes.
 */
export async function tableXlsx<Row>(table: Table<Row>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Footnote";
  const sheet = workbook.addWorksheet(table.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({
    header: c.title,
    key: c.header,
    width: Math.max(c.title.length + 2, c.kind === "text" ? 24 : c.kind === "date" ? 18 : 10),
    style: c.kind === "text" ? {} : { numFmt: FORMATS[c.kind] },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(table.columns.map((c) => c.value(row)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
