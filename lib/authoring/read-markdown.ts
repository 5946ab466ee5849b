// Reading a Markdown file as an article, with the parser content/ uses (mdast-util-from-markdown).
import type { Nodes, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { parseHTML } from "linkedom";
import { parseFrontMatter } from "../content/front-matter";
import { decodeText } from "./decode-text";
import { metadata, requireText, type ReadArticle } from "./read-result";
import { visibleText } from "./visible-text";

/**
 * Reads a Markdown file: each paragraph, heading, list item, quote paragraph or code block becomes a
 * paragraph of plain text (emphasis and links reduced to their words, images left out, raw HTML reduced to its visible text).
 * YAML front matter between `---` lines gives title, author (or byline), outlet (or source) and published
 * (or date, dateline); without a title there, a first-level heading that opens the file is the title.
 * Throws AppError("file-too-large") past 5 MB, AppError("binary-file") for bytes that are not text, and
 * AppError("empty-file") for a file without words.
 */
export function readMarkdown(bytes: Uint8Array): ReadArticle {
  const source = decodeText(bytes);
  const front = frontMatter(source);
  const tree = fromMarkdown(front.body);
  const blocks = [...tree.children];
  let title = metadata(front.data.title);
  const first = blocks[0];
  if (!title && first?.type === "heading" && first.depth === 1) {
    title = metadata(inline(first));
    blocks.shift();
  }
  const paragraphs = blocks
    .flatMap(block)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return {
    title,
    author: metadata(front.data.author ?? front.data.byline),
    outlet: metadata(front.data.outlet ?? front.data.source),
    published: metadata(front.data.published ?? front.data.date ?? front.data.dateline, "date"),
    text: requireText(paragraphs.join("\n\n")),
  };
}

/** The content files' front matter (lib/content/front-matter.ts), leniently: without valid YAML fields the lines are the article's own. */
function frontMatter(source: string): { data: Record<string, unknown>; body: string } {
  const front = parseFrontMatter("upload", source);
  if (front.ok && front.data && typeof front.data === "object" && !Array.isArray(front.data))
    return { data: front.data as Record<string, unknown>, body: front.body };
  return { data: {}, body: source };
}

function block(node: RootContent): string[] {
  switch (node.type) {
    case "paragraph":
    case "heading":
      // Raw HTML inside a paragraph is read with its neighbours, as a browser would: text between
      // <script> and </script> is script, not words.
      return [hasHtml(node) ? htmlText(inlineHtml(node)) : inline(node)];
    case "code":
      return [node.value];
    case "html":
      return [htmlText(node.value)];
    case "blockquote":
    case "list":
    case "listItem":
      return node.children.flatMap(block);
    default:
      // Definitions, thematic breaks and the like carry no prose.
      return [];
  }
}

/** The words of a paragraph or heading: text, code, link and emphasis text, raw HTML's visible text. */
function inline(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "html":
      return htmlText(node.value);
    case "break":
      return "\n";
    case "image":
    case "imageReference":
      // A picture is not prose a quote can stand in, as the HTML reader leaves images out too.
      return "";
    default:
      return "children" in node ? node.children.map((child) => inline(child as Nodes)).join("") : "";
  }
}

function hasHtml(node: Nodes): boolean {
  return node.type === "html" || ("children" in node && node.children.some((child) => hasHtml(child as Nodes)));
}

/** A paragraph as the HTML a Markdown renderer would make of it: text escaped, raw HTML as written. */
function inlineHtml(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    case "html":
      return node.value;
    case "break":
      return "<br>";
    case "image":
    case "imageReference":
      return "";
    default:
      return "children" in node ? node.children.map((child) => inlineHtml(child as Nodes)).join("") : "";
  }
}

function htmlText(html: string): string {
  return visibleText(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as never);
}
