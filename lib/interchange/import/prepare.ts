// An imported set checked whole before anything is written (issue 19): every question through the set editor's
// own reader (readQuestionForm, so a question comes in exactly as the editor would have stored it), every article
// within issue 17's limits, every citation anchored in its passage with the W3C selectors. Pure: the writer
// (import-set.ts) gives ids and writes what this returns, or nothing when this throws.
import { cleanDetails, clip, DETAIL_MAX, type ArticleDetails } from "../../authoring/article-details";
import { ARTICLE_MAX_CHARACTERS, ARTICLE_MAX_PASSAGES, limitError } from "../../authoring/limits";
import { questionFormValues, readQuestionForm } from "../../authoring/question-form";
import { describeQuote } from "../../authoring/text-quote";
import { codePointLength } from "../../authoring/utf16";
import { MUST_NOT_BE_EMPTY, ONE_BLANK, quoteProblem } from "../../content/question-checks";
import { ID_PATTERN } from "../../content/slug";
import type { Question } from "../../content/types";
import { AppError } from "../../errors/app-error";
import type { ImportedArticle, ImportedSet } from "../types";

/** Most questions an imported set may hold: the editor's SET_MAX_QUESTIONS (lib/authoring/questions.ts). */
export const IMPORT_MAX_QUESTIONS = 500;
/** The editor's limits on a set's title and description (lib/authoring/sets.ts). */
const TITLE_MAX = 120;
const DESCRIPTION_MAX = 1_000;

/** A citation ready to store: its article's `ref` in the file, its passage's key, and the W3C selectors. */
export type PreparedCitation = {
  article: string;
  passage: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
};

export type PreparedArticle = {
  ref: string;
  details: ArticleDetails;
  passages: { key: string; text: string }[];
};

export type PreparedQuestion = {
  /** The file's id for it, if any (kept by the writer when free). */
  id?: string;
  question: Omit<Question, "id" | "citations">;
  citations: PreparedCitation[];
};

export type PreparedSet = {
  id?: string;
  title: string;
  description: string;
  articles: PreparedArticle[];
  questions: PreparedQuestion[];
};

export const refuse = (message: string) => new AppError("import-refused", { message });

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

function prepareArticle(article: ImportedArticle): PreparedArticle {
  const named = `article "${article.ref}"`;
  const keys = new Set<string>();
  for (const p of article.passages) {
    if (!ID_PATTERN.test(p.key))
      throw refuse(`${named}: passage id "${p.key}" must be lower-case words joined by hyphens`);
    if (keys.has(p.key)) throw refuse(`${named}: duplicate passage id "${p.key}"`);
    if (p.text.trim() === "") throw refuse(`${named}: passage "${p.key}" has no text`);
    keys.add(p.key);
  }
  if (article.passages.length === 0) throw refuse(`${named}: article has no passages`);
  if (article.passages.length > ARTICLE_MAX_PASSAGES)
    throw refuse(`${named}: ${limitError("article passages", ARTICLE_MAX_PASSAGES, article.passages.length).message}`);
  const characters = article.passages.reduce((sum, p) => sum + codePointLength(p.text), 0);
  if (characters > ARTICLE_MAX_CHARACTERS)
    throw refuse(`${named}: ${limitError("article characters", ARTICLE_MAX_CHARACTERS, characters).message}`);
  // Details are cut to the editor's lengths rather than refused; a source address that is not a web address is dropped.
  const sourceUrl = article.sourceUrl?.trim();
  let details: ArticleDetails;
  try {
    details = cleanDetails({
      title: clip(oneLine(article.title), DETAIL_MAX.title),
      outlet: clip(article.outlet && oneLine(article.outlet), DETAIL_MAX.outlet),
      publishedOn: clip(article.publishedOn && oneLine(article.publishedOn), DETAIL_MAX.publishedOn),
      sourceUrl:
        sourceUrl && /^https?:\/\/\S+$/i.test(sourceUrl) && sourceUrl.length <= DETAIL_MAX.sourceUrl
          ? sourceUrl
          : undefined,
      translationNote: clip(article.translationNote && oneLine(article.translationNote), DETAIL_MAX.translationNote),
    });
  } catch (error) {
    throw error instanceof AppError ? refuse(`${named}: ${error.message}`) : error;
  }
  return { ref: article.ref, details, passages: article.passages.map((p) => ({ key: p.key, text: p.text })) };
}

/** A form error in content:check's wording: a bare "must not be empty" names its field, as content:check does. */
function formProblem(field: string, message: string): string {
  return message === MUST_NOT_BE_EMPTY || message === ONE_BLANK || message.startsWith("needs")
    ? `"${field}": ${message}`
    : message;
}

/**
 * `imported` checked whole and ready to write: the set's title and description cut to the editor's lengths
 * (a missing title becomes "Imported set"), each article's details cleaned and its passages checked (ids as
 * content/'s, no empty text, lib/authoring/limits.ts), each question read as the set editor reads it (the
 * explanation may be empty) and each citation anchored at its quote's first place in its passage (W3C
 * TextQuoteSelector and TextPositionSelector). Throws AppError "import-refused" at the first fault, its message
 * starting with the record at fault: the question's `where` ("line 12: …") or `article "<ref>"`.
 */
export function prepareImport(imported: ImportedSet): PreparedSet {
  if (imported.questions.length === 0) throw refuse("The file holds no questions to import.");
  if (imported.questions.length > IMPORT_MAX_QUESTIONS)
    throw refuse(
      `The file holds ${imported.questions.length} questions; a set may have at most ${IMPORT_MAX_QUESTIONS}.`,
    );
  const articles = new Map<string, PreparedArticle>();
  for (const article of imported.articles) {
    if (articles.has(article.ref)) throw refuse(`article "${article.ref}" appears twice in the file`);
    articles.set(article.ref, prepareArticle(article));
  }

  const questions = imported.questions.map((q): PreparedQuestion => {
    const form = readQuestionForm(questionFormValues(q), { optionalExplanation: true });
    if (!form.ok) {
      const [field, message] = Object.entries(form.errors)[0];
      throw refuse(`${q.where}: ${formProblem(field, message)}`);
    }
    const citations = q.citations.map((c): PreparedCitation => {
      const article = articles.get(c.article);
      if (!article) throw refuse(`${q.where}: unknown article "${c.article}"`);
      const passage = article.passages.find((p) => p.key === c.passage);
      if (!passage) throw refuse(`${q.where}: unknown passage "${c.passage}" in article "${c.article}"`);
      const quote = c.quote.trim();
      if (quote === "") throw refuse(`${q.where}: "quote": ${MUST_NOT_BE_EMPTY}`);
      const missing = quoteProblem(passage.text, quote, `${c.article}#${c.passage}`);
      if (missing) throw refuse(`${q.where}: ${missing}`);
      const anchor = describeQuote(passage.text, quote)!;
      return {
        article: article.ref,
        passage: passage.key,
        quote: anchor.quote.exact,
        prefix: anchor.quote.prefix,
        suffix: anchor.quote.suffix,
        start: anchor.position.start,
        end: anchor.position.end,
      };
    });
    return { id: q.id, question: form.question, citations };
  });

  return {
    id: imported.id,
    title: clip(oneLine(imported.title), TITLE_MAX) || "Imported set",
    description: clip(imported.description.trim(), DESCRIPTION_MAX) ?? "",
    articles: [...articles.values()],
    questions,
  };
}
