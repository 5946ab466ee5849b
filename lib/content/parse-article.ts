// Reads an article file: YAML front matter, then the body in Markdown where each paragraph is a
// passage preceded by its id, `<!-- passage: some-id -->`. Passage text is kept byte for byte.
import { fromMarkdown } from "mdast-util-from-markdown";
import { z } from "zod";
import type { Article, Passage, Problem } from "./types";
import { parseFrontMatter } from "./front-matter";
import { ID_PATTERN, slug } from "./slug";
import { zodProblems } from "./zod-problems";

const MARKER = /^<!--\s*passage:\s*(\S+)\s*-->$/;

const frontMatterSchema = z.strictObject({
  id: slug,
  title: z.string().trim().min(1),
  outlet: z.string().trim().min(1).optional(),
  dateline: z.string().trim().min(1).optional(),
  translation: z.string().trim().min(1).optional(),
  note: z.string().trim().min(1).optional(),
});

/**
 * A paragraph's source as its passage's text: kept byte for byte, but for line breaks (and the spaces around
 * them), which become one space, and one leading backslash, which only keeps what follows from being read as
 * Markdown (a passage that starts "# ", "- ", "1. ", "---" or "<!--"; lib/content/write-article.ts writes it).
 */
export function passageText(raw: string): string {
  const text = raw.replace(/\s*\n\s*/g, " ").trim();
  return text.startsWith("\\") ? text.slice(1) : text;
}

export function parseArticle(file: string, source: string): { article?: Article; problems: Problem[] } {
  const front = parseFrontMatter(file, source);
  if (!front.ok) return { problems: front.problems };
  const meta = frontMatterSchema.safeParse(front.data);
  const problems: Problem[] = meta.success ? [] : zodProblems(file, meta.error, front.lineOf);

  const passages: Passage[] = [];
  let pending: { id: string; line: number } | undefined;
  const tree = fromMarkdown(front.body);
  for (const node of tree.children) {
    const start = node.position!.start;
    const line = start.line + front.bodyLine - 1;
    const raw = front.body.slice(start.offset!, node.position!.end.offset!);
    const marker = node.type === "html" ? MARKER.exec(raw.trim()) : null;
    if (marker) {
      if (pending) problems.push({ file, line: pending.line, message: `passage "${pending.id}" has no paragraph after its marker` });
      if (!ID_PATTERN.test(marker[1])) {
        problems.push({ file, line, message: `passage id "${marker[1]}" must be lower-case words joined by hyphens` });
      }
      pending = { id: marker[1], line };
    } else if (node.type === "paragraph") {
      if (!pending) {
        problems.push({ file, line, message: "paragraph has no passage marker before it (<!-- passage: some-id -->)" });
        continue;
      }
      if (passages.some((p) => p.id === pending!.id)) {
        problems.push({ file, line: pending.line, message: `duplicate passage id "${pending.id}"` });
      }
      passages.push({ id: pending.id, text: passageText(raw), line: pending.line });
      pending = undefined;
    } else {
      problems.push({ file, line, message: `only paragraphs and passage markers may stand in the body, found ${node.type}` });
    }
  }
  if (pending) problems.push({ file, line: pending.line, message: `passage "${pending.id}" has no paragraph after its marker` });
  if (passages.length === 0 && problems.length === 0) {
    problems.push({ file, line: front.bodyLine, message: "article has no passages" });
  }
  // An article with broken passages is still returned, so the sets citing it are not flooded with
  // "unknown article" messages on top of the real problem.
  if (!meta.success) return { problems };
  return { article: { ...meta.data, passages }, problems };
}
