import { describe, expect, it } from "vitest";
import { tableCsv, toCsv } from "./csv";
import type { Table } from "./table";

describe("toCsv", () => {
  const csv = toCsv([
    ["name", "score"],
    ["Zoë Ñúñez", 3],
    ["=cmd|' /C calc'!A0", null],
    ["line\nbreak", -1],
  ]);
  const bytes = Buffer.from(csv, "utf8");

  it("starts with a UTF-8 byte-order mark, so Excel on Windows reads it as UTF-8", () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("ends every record with CRLF (RFC 4180), and keeps a line break inside a quoted cell", () => {
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(5);
    expect(csv.replace(/\r\n/g, "").match(/\n/g)).toHaveLength(1);
  });

  it("round-trips names with accents as UTF-8, quotes what needs it, and neutralises a formula but not a negative number", () => {
    // TextDecoder reads UTF-8 as Excel does once it sees the mark: the mark is dropped, the rest kept.
    expect(new TextDecoder("utf-8").decode(bytes)).toBe(
      "name,score\r\nZoë Ñúñez,3\r\n'=cmd|' /C calc'!A0,\r\n\"line\nbreak\",-1\r\n",
    );
    expect(new TextDecoder("windows-1252").decode(bytes)).not.toContain("Zoë Ñúñez");
  });

  it("neutralises every formula opener in text", () => {
    for (const opener of ["=", "+", "-", "@", "\t", "\r"]) expect(toCsv([[`${opener}1+1`]])).toContain(`'${opener}1+1`);
  });
});

describe("tableCsv", () => {
  it("writes shares as whole percent and dates as ISO 8601", () => {
    const table: Table<{ who: string; share: number | null; at: Date }> = {
      name: "t",
      rows: [
        { who: "Ana", share: 0.456, at: new Date("2026-11-30T12:00:00Z") },
        { who: "Bo", share: null, at: new Date(0) },
      ],
      columns: [
        { header: "who", title: "Who", kind: "text", value: (r) => r.who },
        { header: "share_percent", title: "Share", kind: "percent", value: (r) => r.share },
        { header: "at", title: "At", kind: "date", value: (r) => r.at },
      ],
    };
    expect(tableCsv(table)).toBe(
      "\uFEFFwho,share_percent,at\r\nAna,46,2026-11-30T12:00:00.000Z\r\nBo,,1970-01-01T00:00:00.000Z\r\n",
    );
  });
});
