// The CSV read back by papaparse, an independent RFC 4180 reader: the byte-order mark, one row per question,
// every field and citation, and text with commas, quotes and line breaks kept whole.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { contentExportedSet } from "../testing/content-set-a2";
import { HOSTILE_PASSAGE, hostileSet } from "../testing/hostile-set-a2";
import type { ExportedSet } from "../types";
import { citationColumns, exportCsv, QUESTION_COLUMNS } from "./csv";

async function readBack(set: ExportedSet) {
  const file = await exportCsv(set);
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(file.bytes);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  return { file, text, parsed };
}

/** What a spreadsheet shows for a cell lib/spreadsheets/csv.ts wrote: a leading apostrophe keeps a formula as text. */
const shown = (cell: string) => cell.replace(/^'(?=[=+\-@\t\r])/, "");

describe("exportCsv", () => {
  it("starts with a byte-order mark and has a header and one row per question, each field as stored", async () => {
    const set = contentExportedSet("the-call");
    const { file, text, parsed } = await readBack(set);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith("\uFEFFid,type,prompt,")).toBe(true);
    expect(file).toMatchObject({ extension: ".csv", mediaType: "text/csv; charset=utf-8", leftOut: [] });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data.filter((r) => r.length > 1);
    const most = Math.max(...set.questions.map((q) => q.citations.length));
    expect(header).toEqual([
      ...QUESTION_COLUMNS,
      ...Array.from({ length: most }, (_, i) => citationColumns(i + 1)).flat(),
    ]);
    expect(rows).toHaveLength(set.questions.length);
    rows.forEach((row, i) => {
      const q = set.questions[i];
      expect(row.slice(0, 8).map(shown)).toEqual([
        q.id,
        q.type,
        q.prompt,
        q.choices.join("\n"),
        q.answers[0],
        q.answers.slice(1).join("\n"),
        q.explanation,
        "no",
      ]);
      q.citations.forEach((c, n) => {
        const title = set.articles.find((a) => a.id === c.article)!.title;
        expect(row.slice(8 + 4 * n, 12 + 4 * n)).toEqual([title, c.passageText, c.quote, c.link]);
      });
      expect(row.slice(8 + 4 * q.citations.length).every((cell) => cell === "")).toBe(true);
    });
  });

  it("keeps commas, quotes and line breaks inside their cells, marks a question citing nothing, and neutralises formulas", async () => {
    const set = hostileSet();
    const { parsed } = await readBack(set);
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data.slice(1).filter((r) => r.length > 1);
    expect(rows).toHaveLength(set.questions.length);
    const byId = new Map(rows.map((r) => [r[0], r]));
    const mc = byId.get("h-mc")!;
    expect(mc[3]).toBe("'=1+1\n~tilde\n{brace}\na:b");
    expect(mc[4]).toBe("{brace}");
    expect(mc[9]).toBe(`'${HOSTILE_PASSAGE}`);
    expect(mc[10]).toBe("'=SUM(A1:A9) said the report");
    expect(mc[14]).toBe('"with commas, quotes"');
    expect(byId.get("h-sa")![5]).toBe("Zoë = Ñúñez\na,b");
    expect(byId.get("h-sa")![4]).toBe("'@someone");
    expect(byId.get("h-tf")![6]).toBe("'-1 is negative");
    expect(byId.get("h-none")!.slice(7)).toEqual(["yes", ...Array(rows[0].length - 8).fill("")]);
    for (const row of rows) expect(row.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });
});
