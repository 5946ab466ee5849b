// Writes an article as content/'s Markdown file (content/README.md): YAML front matter, then each passage as a
// paragraph after its marker. The inverse of lib/content/parse-article.ts: parsing the file gives back every
// passage's text exactly.
import { fromMarkdown } from "mdast-util-from-markdown";
import { stringify } from "yaml";
import { passageText } from "./parse-article";

/** An article as its file holds it: front matter fields (optional ones left out when absent) and passages in order. */
export type ArticleFileData = {
  id: string;
  title: string;
  outlet?: string | null;
  dateline?: string | null;
  translation?: string | null;
  note?: string | null;
  passages: { key: string; text: string }[];
};

/** YAML as content/ writes it: no line folding (a folded line could land "---" at the start of a line). */
export function contentYaml(data: unknown): string {
  return stringify(data, { lineWidth: 0, minContentWidth: 0 });
}

/** True when `markdown` is read back as one paragraph whose passage text is `text`. */
function readsBackAs(markdown: string, text: string): boolean {
  const [node, ...rest] = fromMarkdown(markdown).children;
  if (!node || rest.length > 0 || node.type !== "paragraph") return false;
  return passageText(markdown.slice(node.position!.start.offset!, node.position!.end.offset!)) === text;
}

/**
 * A passage's text as the paragraph line that reads back as it. Text Markdown would read as something else
 * (a heading "# …", a list "- …" or "1. …", a rule "---", a quote "> …", HTML "<!-- …", a code fence) or that
 * starts with a backslash gets one leading backslash, which the parser drops (passageText). A line break (which
 * no passage holds: lib/authoring/passages.ts makes single lines) is written as the one space it reads back as.
 */
export function passageLine(text: string): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, " ").trim();
  if (!line.startsWith("\\") && readsBackAs(line, line)) return line;
  const escaped = `\\${line}`;
  if (!readsBackAs(escaped, line)) throw new Error(`passage text cannot be written as a paragraph: ${JSON.stringify(line)}`);
  return escaped;
}

/** The article's Markdown file: front matter between --- lines, then `<!-- passage: key -->` and its paragraph for each passage. */
export function articleMarkdown(article: ArticleFileData): string {
  const front = {
    id: article.id,
    title: article.title,
    outlet: article.outlet || undefined,
    dateline: article.dateline || undefined,
    translation: article.translation || undefined,
    note: article.note || undefined,
  };
  const body = article.passages.map((p) => `<!-- passage: ${p.key} -->\n${passageLine(p.text)}\n`).join("\n");
  return `---\n${contentYaml(front)}---\n\n${body}`;
}
