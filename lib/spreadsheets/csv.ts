// Every CSV the app writes goes through here, so each opens right in a spreadsheet: UTF-8 with a
// byte-order mark (Excel on Windows reads a CSV without one in a legacy code page and garbles
// "Zoë Ñúñez"), CRLF line ends (RFC 4180), and no cell a spreadsheet would run as a formula.
import { stringify } from "csv-stringify/sync";
import type { Table } from "./table";

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

/**
 * A text cell that starts with = + - @, a tab or a carriage return would run as a formula in Excel,
 * LibreOffice and Google Sheets (OWASP "CSV injection"); a leading apostrophe makes it text. Text is
 * written by users (names, answers), so every text cell passes here; numbers are written as numbers.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Rows as CSV: a BOM first, CRLF after every record, text cells neutralised; null is an empty cell. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return stringify(
    rows.map((row) =>
      row.map((value) => (value === null ? "" : typeof value === "number" ? String(value) : neutraliseFormula(value))),
    ),
    // With CRLF as the record delimiter csv-stringify quotes only cells holding "\r\n"; a lone "\n"
    // (a typed answer may hold one) would split the row in Excel, so any line break is quoted.
    { bom: true, record_delimiter: "windows", quoted_match: /[\r\n]/ },
  );
}

/** A typed table as CSV: header row, then percentages as whole percent and dates as ISO 8601 (UTC). */
export function tableCsv<Row>({ columns, rows }: Table<Row>): string {
  return toCsv([
    columns.map((c) => c.header),
    ...rows.map((row) =>
      columns.map((c) => {
        const value = c.value(row);
        if (value === null) return null;
        if (c.kind === "percent") return Math.round((value as number) * 100);
        if (c.kind === "date") return (value as Date).toISOString();
        return value as string | number;
      }),
    ),
  ]);
}
