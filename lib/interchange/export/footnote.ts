// A set with every article it draws on as content/'s files in a zip (content/README.md): the exchange format stays
// the files content/ holds, so `npm run content:check -- <folder>` accepts what a teacher downloads, and
// `content:import` takes it back. The set page's download (/sets/<id>/download, now the footnote export) is this file too.
import { articleMarkdown } from "../../content/write-article";
import { setYaml, type StoredQuestionType } from "../../content/write-set";
import { quoteProblem } from "../../content/question-checks";
import type { QuestionType } from "../../content/types";
import type { ExportedArticle, ExportedSet, Exporter, LeftOut } from "../types";
import { zipBytes } from "./zip-bytes";

const STORED_TYPE: Record<QuestionType, StoredQuestionType> = {
  "multiple-choice": "MULTIPLE_CHOICE",
  "true-false": "TRUE_FALSE",
  "short-answer": "SHORT_ANSWER",
  cloze: "CLOZE",
  flashcard: "FLASHCARD",
};

/** Why a question citing nothing is not in the zip, as the teacher reads it. */
export const CITES_NOTHING = "cites nothing yet (Footnote's files require every question to cite a passage)";
/** Why a question without an explanation (one imported from a format that has none) is not in the zip. */
export const NO_EXPLANATION = "has no explanation yet (Footnote's files require one)";

/** Why a question citing a passage that is gone, or whose quote no longer stands in it, is not in the zip. */
export const CITATION_GONE = "cites a passage that has changed or gone (check its citations in the set editor)";

/** The reason content:check would refuse `q` (lib/content/check.ts), or null when it may be written. */
function refusal(set: ExportedSet, q: ExportedSet["questions"][number]): string | null {
  if (q.citations.length === 0) return CITES_NOTHING;
  if (!q.explanation.trim()) return NO_EXPLANATION;
  const stands = q.citations.every((c) => {
    const passage = set.articles.find((a) => a.id === c.article)?.passages.find((p) => p.key === c.passage);
    return passage !== undefined && !quoteProblem(passage.text, c.quote, "");
  });
  return stands ? null : CITATION_GONE;
}

/** What the front matter's `note` says of an article beyond its text: its date and where it came from (content/ has no fields for them). */
function articleNote(article: ExportedArticle): string | undefined {
  const parts = [
    article.publishedOn && `Dated ${article.publishedOn}.`,
    article.sourceUrl && `Source: ${article.sourceUrl}`,
  ];
  return parts.filter(Boolean).join(" ") || undefined;
}

/**
 * The set as a zip of `articles/<article id>.md` for every article it is linked to or cites (its live passages,
 * lib/content/write-article.ts) and `sets/<set id>.yaml` (lib/content/write-set.ts): the questions that cite
 * something, in order, each citation's article, passage and quote. A question citing nothing yet (issue 18),
 * without an explanation (an import from a format with none), or citing a passage that is archived or no longer
 * holds its quote (a citation to check) is left out and counted by reason: content:check would refuse the file.
 * Citation context (prefix, suffix, offsets) and a held question's hold are not written: content/ has no field
 * for them. Throws when a passage's text cannot be written as a paragraph (write-article.ts passageLine).
 */
export const exportFootnote: Exporter = async (set: ExportedSet) => {
  const refusals = new Map(set.questions.map((q) => [q, refusal(set, q)]));
  const questions = set.questions.filter((q) => refusals.get(q) === null);
  const leftOut: LeftOut[] = [CITES_NOTHING, NO_EXPLANATION, CITATION_GONE].flatMap((reason) => {
    const count = [...refusals.values()].filter((r) => r === reason).length;
    return count > 0 ? [{ count, reason }] : [];
  });
  const articles = set.articles.map((a): [string, string] => [
    `articles/${a.id}.md`,
    articleMarkdown({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      translation: a.translationNote,
      note: articleNote(a),
      passages: a.passages,
    }),
  ]);
  const yaml = setYaml({
    id: set.id,
    title: set.title,
    description: set.description,
    order: set.order,
    questions: questions.map((q) => ({
      id: q.id,
      type: STORED_TYPE[q.type],
      prompt: q.prompt,
      choices: q.choices,
      answers: q.answers,
      explanation: q.explanation,
      citations: q.citations.map((c) => ({ article: c.article, passage: c.passage, quote: c.quote })),
    })),
  });
  return {
    bytes: await zipBytes([...articles, [`sets/${set.id}.yaml`, yaml]]),
    extension: ".zip",
    mediaType: "application/zip",
    leftOut,
  };
};
