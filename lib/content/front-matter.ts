// Splits a Markdown file into its YAML front matter and body, keeping line numbers for messages.
import { LineCounter, parseDocument } from "yaml";
import type { Problem } from "./types";
import { yamlData } from "./yaml-data";
import { lineLocator, type LineOf } from "./yaml-lines";

type FrontMatter =
  | { ok: true; data: unknown; lineOf: LineOf; body: string; bodyLine: number }
  | { ok: false; problems: Problem[] };

export function parseFrontMatter(file: string, source: string): FrontMatter {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { ok: false, problems: [{ file, line: 1, message: "must start with front matter between --- lines" }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1], { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        file,
        line: 1 + lineCounter.linePos(error.pos[0]).line,
        message: `front matter is not valid YAML: ${error.message.split("\n")[0]}`,
      })),
    };
  }
  const data = yamlData(doc);
  if (!data.ok) return { ok: false, problems: [{ file, line: 2, message: `front matter is ${data.message}` }] };
  const lineOf = lineLocator(doc, lineCounter, 1);
  const bodyLine = match[0].split("\n").length;
  return { ok: true, data: data.data, lineOf, body: source.slice(match[0].length), bodyLine };
}
