// Footnote's own exchange format coming back in: a zip of content/'s files (`sets/<id>.yaml` and
// `articles/<id>.md`, content/README.md), read and checked exactly as `content:check` reads and checks content/.
import { checkContent, type ArticleFile, type SetFile } from "../../content/check";
import { parseArticle } from "../../content/parse-article";
import { parseSet } from "../../content/parse-set";
import { formatProblem, type Article, type Problem } from "../../content/types";
import { openZip } from "../safe-zip";
import type { ImportedArticle, Importer } from "../types";
import { refuse } from "./prepare";

const SET_FILE = /^sets\/[^/]+\.ya?ml$/;
const ARTICLE_FILE = /^articles\/[^/]+\.md$/;

/**
 * The files of the archive by path, with one folder around everything dropped: a teacher who unzips a
 * download, checks it and zips the folder again sends "the-call/sets/the-call.yaml".
 */
function contentFiles(files: Map<string, Uint8Array>): Map<string, Uint8Array> {
  const names = [...files.keys()].filter((name) => !name.startsWith("__MACOSX/"));
  const top = names[0]?.split("/")[0];
  const wrapped = top && names.every((name) => name.startsWith(`${top}/`)) && !names.some((n) => SET_FILE.test(n));
  if (!wrapped) return files;
  return new Map(names.map((name) => [name.slice(top.length + 1), files.get(name)!]));
}

function text(file: string, bytes: Uint8Array): string {
  try {
    const decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return decoded.startsWith("\uFEFF") ? decoded.slice(1) : decoded;
  } catch {
    throw refuse(`${file}:1: not UTF-8 text`);
  }
}

function refuseProblems(problems: Problem[]): never {
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
  throw refuse(`${formatProblem(problems[0])}${more}`);
}

/**
 * The source and date that the footnote export's `note` carries (export/footnote.ts) ("Dated <date>. Source: <address>"), read back into
 * the article's details; any other note is not kept (articles have no place for it).
 */
export function detailsFromNote(note: string | undefined): { publishedOn?: string; sourceUrl?: string } {
  const match = note && /^(?:Dated (.+)\.)?\s*(?:Source: (\S+))?$/.exec(note.trim());
  if (!match) return {};
  return { ...(match[1] ? { publishedOn: match[1] } : {}), ...(match[2] ? { sourceUrl: match[2] } : {}) };
}

function importedArticle(article: Article): ImportedArticle {
  return {
    ref: article.id,
    title: article.title,
    ...(article.outlet ? { outlet: article.outlet } : {}),
    ...(article.translation ? { translationNote: article.translation } : {}),
    ...detailsFromNote(article.note),
    passages: article.passages.map((p) => ({ key: p.id, text: p.text })),
  };
}

/**
 * Reads a Footnote zip (export/footnote.ts; opened with safe-zip.ts openZip only): exactly one
 * `sets/*.yaml` and the `articles/*.md` it cites, each parsed and checked as `content:check` does
 * (lib/content/parse-set.ts, parse-article.ts, check.ts); other files are ignored. Throws AppError
 * "import-refused" with the first problem as content:check prints it ("sets/x.yaml:12: …"), or naming what is
 * missing or extra.
 */
export const readFootnoteZip: Importer = async (bytes) => {
  const files = contentFiles(await openZip(bytes));
  const setNames = [...files.keys()].filter((name) => SET_FILE.test(name)).sort();
  if (setNames.length === 0) throw refuse("The archive holds no question set (sets/<id>.yaml): is it a Footnote set?");
  if (setNames.length > 1) throw refuse(`The archive holds ${setNames.length} question sets; import one at a time.`);

  const problems: Problem[] = [];
  const articles: ArticleFile[] = [];
  for (const name of [...files.keys()].filter((n) => ARTICLE_FILE.test(n)).sort()) {
    const result = parseArticle(name, text(name, files.get(name)!));
    problems.push(...result.problems);
    if (result.article) articles.push({ file: name, article: result.article });
  }
  const file = setNames[0];
  const parsed = parseSet(file, text(file, files.get(file)!));
  problems.push(...parsed.problems);
  if (!parsed.set) refuseProblems(problems.length > 0 ? problems : [{ file, line: 1, message: "not a question set" }]);
  if (problems.length > 0) refuseProblems(problems);
  const sets: SetFile[] = [{ file, parsed: { ...parsed, set: parsed.set } }];
  const crossProblems = checkContent(articles, sets);
  if (crossProblems.length > 0) refuseProblems(crossProblems);

  const set = parsed.set;
  return {
    format: "footnote",
    id: set.id,
    title: set.title,
    description: set.description,
    articles: articles.map((a) => importedArticle(a.article)),
    questions: set.questions.map(({ id, citations, ...question }) => ({
      ...question,
      id,
      citations,
      where: `${file}:${parsed.lineOf(["questions", parsed.questionIndex.get(id)!])}`,
    })),
  };
};
