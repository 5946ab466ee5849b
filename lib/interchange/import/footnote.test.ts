import fs from "node:fs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../content/load";
import { AppError } from "../../errors/app-error";
import { detailsFromNote, readFootnoteZip } from "./footnote";

const SET = fs.readFileSync("content/sets/the-call.yaml", "utf8");
const ARTICLES = {
  "articles/cnn-biden-xi-call.md": fs.readFileSync("content/articles/cnn-biden-xi-call.md", "utf8"),
  "articles/dutch-report-biden-xi-call.md": fs.readFileSync("content/articles/dutch-report-biden-xi-call.md", "utf8"),
};

async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, body] of Object.entries(files)) zip.file(name, body);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function refusal(files: Record<string, string | Uint8Array>): Promise<string> {
  const error = await readFootnoteZip(await zipOf(files), "set.zip").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("import-refused");
  return (error as AppError).message;
}

describe("readFootnoteZip", () => {
  it("reads the shipped set the-call with its articles as content:check reads them", async () => {
    const set = await readFootnoteZip(await zipOf({ "sets/the-call.yaml": SET, ...ARTICLES }), "the-call.zip");
    const shipped = loadContent().sets.find((s) => s.id === "the-call")!;
    expect(set).toMatchObject({ format: "footnote", id: "the-call", title: shipped.title });
    expect(set.questions.map(({ where: _where, ...q }) => q)).toEqual(shipped.questions);
    expect(set.questions[0].where).toBe("sets/the-call.yaml:8");
    expect(set.articles.map((a) => a.ref)).toEqual(["cnn-biden-xi-call", "dutch-report-biden-xi-call"]);
    expect(set.articles[0]).toMatchObject({ title: expect.stringContaining("Biden and Xi"), outlet: "CNN" });
    expect(set.articles[0].passages[0].key).toBe("call");
  });

  it("reads a download that was unzipped and zipped again inside its folder", async () => {
    const files = Object.fromEntries(
      Object.entries({ "sets/the-call.yaml": SET, ...ARTICLES }).map(([name, body]) => [`the-call/${name}`, body]),
    );
    expect((await readFootnoteZip(await zipOf(files), "x.zip")).questions).toHaveLength(12);
  });

  it("reads the date and source address the footnote export writes into an article's note", () => {
    expect(detailsFromNote("Dated 3 Feb. 2026. Source: https://example.com/a.html")).toEqual({
      publishedOn: "3 Feb. 2026",
      sourceUrl: "https://example.com/a.html",
    });
    expect(detailsFromNote("Source: https://example.com/")).toEqual({ sourceUrl: "https://example.com/" });
    expect(detailsFromNote("The source text carries no headline.")).toEqual({});
  });

  it("refuses with content:check's file, line and message", async () => {
    const badQuote = SET.replace(
      "quote: spoke by phone with Chinese President Xi Jinping on Tuesday",
      "quote: spoke on Friday",
    );
    expect(await refusal({ "sets/the-call.yaml": badQuote, ...ARTICLES })).toMatch(
      /^sets\/the-call\.yaml:\d+: question "call-weekday": quote not found in passage "cnn-biden-xi-call#call": "spoke on Friday"/,
    );
    expect(await refusal({ "sets/the-call.yaml": SET })).toMatch(
      /^sets\/the-call\.yaml:\d+: question "[^"]+": unknown article/,
    );
    expect(
      await refusal({ "sets/the-call.yaml": SET.replace("type: multiple-choice", "type: essay"), ...ARTICLES }),
    ).toMatch(/^sets\/the-call\.yaml:9: question "call-weekday": unknown type "essay"/);
    expect(await refusal({ "sets/the-call.yaml": "id: x\ntitle: [unclosed\n", ...ARTICLES })).toMatch(
      /^sets\/the-call\.yaml:\d+: not valid YAML/,
    );
    expect(await refusal({ "sets/the-call.yaml": new Uint8Array([0xff, 0xfe, 0x00, 0xc3]), ...ARTICLES })).toBe(
      "sets/the-call.yaml:1: not UTF-8 text",
    );
  });

  it("refuses an archive with no set or with two", async () => {
    expect(await refusal(ARTICLES)).toMatch(/holds no question set/);
    expect(await refusal({ "sets/a.yaml": SET, "sets/b.yaml": SET, ...ARTICLES })).toMatch(/holds 2 question sets/);
  });
});
