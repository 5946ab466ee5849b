// `npm run -s content:draft -- <article>`: drafted questions for one article as JSON on stdout, ranked, in
// content:export's question shape. <article> is a content/ article file (.md), a plain-text file (.txt), or the
// id of an article in DATABASE_URL (the library's or a teacher's). A .md file's other articles in its folder
// are its set (distractors and ranking); a stored article's set is the articles that share a question set with it.
import fs from "node:fs";
import path from "node:path";
import { readText } from "../lib/authoring/read-text";
import { parseArticle } from "../lib/content/parse-article";
import { formatProblem } from "../lib/content/types";
import { draftQuestions } from "../lib/drafts/draft";
import { exportDrafts } from "../lib/drafts/export";
import { idFromFileName, sourceFromArticle, sourceFromText } from "../lib/drafts/source";
import type { DraftSource } from "../lib/drafts/types";
import { runMain } from "../lib/startup/run-main";

type Loaded = { article: DraftSource; others: DraftSource[] };

function markdownFile(file: string): DraftSource {
  const { article, problems } = parseArticle(file, fs.readFileSync(file, "utf8"));
  if (!article || problems.length > 0) {
    throw new Error(`${file} is not a content/ article:\n${problems.map(formatProblem).join("\n")}`);
  }
  return sourceFromArticle(article);
}

function fromFile(file: string): Loaded {
  if (!fs.statSync(file).isFile()) throw new Error(`not a file: ${file}`);
  if (file.endsWith(".txt")) {
    const text = readText(new Uint8Array(fs.readFileSync(file))).text;
    return { article: sourceFromText(idFromFileName(file), path.basename(file), text), others: [] };
  }
  if (!file.endsWith(".md")) throw new Error(`expected a .md or .txt file, or an article id: ${file}`);
  const article = markdownFile(file);
  const dir = path.dirname(file);
  const others = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".md") && path.join(dir, name) !== path.normalize(file))
    .sort()
    .flatMap((name) => {
      const parsed = parseArticle(name, fs.readFileSync(path.join(dir, name), "utf8")).article;
      return parsed ? [sourceFromArticle(parsed)] : [];
    });
  return { article, others };
}

async function fromDatabase(id: string): Promise<Loaded> {
  const { db } = await import("../lib/db/client");
  try {
    const passages = { where: { archivedAt: null }, orderBy: { position: "asc" as const }, select: { key: true, text: true } };
    const row = await db.article.findUnique({ where: { id }, include: { passages } });
    if (!row || row.archivedAt) throw new Error(`no article with id "${id}" in the database`);
    const sets = await db.setArticle.findMany({ where: { articleId: id }, select: { setId: true } });
    const others = await db.article.findMany({
      where: { id: { not: id }, archivedAt: null, sets: { some: { setId: { in: sets.map((s) => s.setId) } } } },
      include: { passages },
      orderBy: { id: "asc" },
    });
    const source = (a: typeof row): DraftSource => ({
      id: a.id,
      title: a.title,
      ...(a.translationNote ? { note: a.translationNote } : {}),
      passages: a.passages,
    });
    return { article: source(row), others: others.map(source) };
  } finally {
    await db.$disconnect();
  }
}

runMain(async () => {
  const arg = process.argv[2];
  if (!arg) throw new Error("usage: npm run -s content:draft -- <article.md | article.txt | article id>");
  const looksLikePath = /[\\/]|\.(?:md|txt)$/i.test(arg);
  if (looksLikePath && !fs.existsSync(arg)) throw new Error(`no such file: ${arg}`);
  const { article, others } = fs.existsSync(arg) ? fromFile(arg) : await fromDatabase(arg);
  if (!article.passages.some((p) => /[\p{L}\p{N}]/u.test(p.text))) {
    throw new Error(`the article "${article.id}" has no text to draft from`);
  }
  const drafts = draftQuestions(article, others);
  process.stdout.write(`${JSON.stringify(exportDrafts(drafts, article), null, 2)}\n`);
});
