// Loads every article and question set under a content folder, with every problem found in them.
import fs from "node:fs";
import path from "node:path";
import { checkContent, type ArticleFile, type SetFile } from "./check";
import { parseArticle } from "./parse-article";
import { parseSet } from "./parse-set";
import type { Article, Problem, QuestionSet } from "./types";

export type Content = { articles: Article[]; sets: QuestionSet[]; problems: Problem[] };

export const CONTENT_DIR = "content";

function filesIn(dir: string, extensions: string[]): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => extensions.includes(path.extname(name)))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Reads content from `dir`; file names in problems are given relative to `relativeTo`. */
export function loadContent(dir = CONTENT_DIR, relativeTo = process.cwd()): Content {
  const name = (file: string) => path.relative(relativeTo, file);
  const problems: Problem[] = [];

  const articleFiles: ArticleFile[] = [];
  for (const file of filesIn(path.join(dir, "articles"), [".md"])) {
    const result = parseArticle(name(file), fs.readFileSync(file, "utf8"));
    problems.push(...result.problems);
    if (result.article) articleFiles.push({ file: name(file), article: result.article });
  }

  const setFiles: SetFile[] = [];
  for (const file of filesIn(path.join(dir, "sets"), [".yaml", ".yml"])) {
    const parsed = parseSet(name(file), fs.readFileSync(file, "utf8"));
    problems.push(...parsed.problems);
    if (parsed.set) setFiles.push({ file: name(file), parsed: { ...parsed, set: parsed.set } });
  }

  if (articleFiles.length === 0 && problems.length === 0) {
    problems.push({ file: name(path.join(dir, "articles")), line: 1, message: "no articles found (*.md)" });
  }
  problems.push(...checkContent(articleFiles, setFiles));
  return {
    articles: articleFiles.map((f) => f.article),
    sets: setFiles.map((f) => f.parsed.set).sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
    problems,
  };
}
