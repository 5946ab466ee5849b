// Footnote's own files read back by content/'s loader (what `content:check` runs): unzipped into a folder, they
// load with no problem and give back the set's questions, citations and passages; a question citing nothing is
// left out and counted.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "../../content/load";
import { contentExportedSet } from "../testing/content-set-a2";
import { hostileSet } from "../testing/hostile-set-a2";
import type { ExportedSet } from "../types";
import { CITES_NOTHING, exportFootnote, NO_EXPLANATION } from "./footnote";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function readBack(set: ExportedSet) {
  const file = await exportFootnote(set);
  const zip = await JSZip.loadAsync(file.bytes);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-export-"));
  dirs.push(dir);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  for (const name of names) {
    fs.mkdirSync(path.join(dir, path.dirname(name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), await zip.files[name].async("nodebuffer"));
  }
  return { file, names, content: loadContent(dir, dir) };
}

/** A question as content/ loads it back: citations as article, passage and quote. */
const asContent = (q: ExportedSet["questions"][number]) => ({
  id: q.id,
  type: q.type,
  prompt: q.prompt,
  choices: q.choices,
  answers: q.answers,
  explanation: q.explanation,
  citations: q.citations.map((c) => ({ article: c.article, passage: c.passage, quote: c.quote })),
});

describe("exportFootnote", () => {
  it("gives a shipped set back as content/ has it, the same bytes each time", async () => {
    const set = contentExportedSet("the-call");
    const { file, names, content } = await readBack(set);
    expect(content.problems).toEqual([]);
    expect(file).toMatchObject({ extension: ".zip", mediaType: "application/zip", leftOut: [] });
    expect(names.sort()).toEqual([...set.articles.map((a) => `articles/${a.id}.md`), "sets/the-call.yaml"].sort());
    const shipped = loadContent();
    expect(content.sets).toEqual([shipped.sets.find((s) => s.id === "the-call")]);
    for (const article of content.articles)
      expect(article.passages.map((p) => [p.id, p.text])).toEqual(
        shipped.articles.find((a) => a.id === article.id)!.passages.map((p) => [p.id, p.text]),
      );
    expect((await exportFootnote(set)).bytes).toEqual(file.bytes);
  });

  it("writes hostile text that content:check accepts, and leaves out a question citing nothing or explaining nothing, counted by reason", async () => {
    const set = hostileSet();
    const { file, content } = await readBack(set);
    expect(content.problems).toEqual([]);
    expect(file.leftOut).toEqual([
      { count: 1, reason: CITES_NOTHING },
      { count: 1, reason: NO_EXPLANATION },
    ]);
    const [read] = content.sets;
    expect(read.title).toBe(set.title);
    const written = set.questions.filter((q) => q.citations.length > 0 && q.explanation !== "");
    expect(written.map((q) => q.id)).not.toContain("h-cloze");
    expect(read.questions).toEqual(written.map(asContent));
    const article = content.articles.find((a) => a.id === "hostile-article")!;
    expect(article.outlet).toBe("=Outlet");
    // A passage is one paragraph: its line break is read back as the space Markdown makes of it.
    expect(article.passages.map((p) => p.text)).toEqual([set.articles.at(-1)!.passages[0].text.replace("\n", " ")]);
  });
});
