// A table to download, typed by column so each format writes its cells right: a CSV as text a
// spreadsheet reads back, an .xlsx with numbers as numbers, shares as percentages and dates as dates.

/** A column: `header` names it in a CSV (snake_case, for scripts), `title` in a workbook (for people). */
export type Column<Row> =
  | { header: string; title: string; kind: "text"; value: (row: Row) => string | null }
  | { header: string; title: string; kind: "integer"; value: (row: Row) => number | null }
  /** A share from 0 to 1: a CSV writes it as whole percent (0–100), a workbook as a percentage. */
  | { header: string; title: string; kind: "percent"; value: (row: Row) => number | null }
  | { header: string; title: string; kind: "date"; value: (row: Row) => Date | null };

export type Table<Row> = { name: string; columns: Column<Row>[]; rows: Row[] };
