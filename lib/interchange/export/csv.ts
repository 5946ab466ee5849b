// A set as one CSV row per question with every field and citation (RFC 4180, UTF-8 with a byte-order mark,
// written by lib/spreadsheets/csv.ts, which also keeps any cell from running as a formula).
import { toCsv } from "../../spreadsheets/csv";
import type { ExportedSet, Exporter } from "../types";

/**
 * What joins a question's choices, or its other accepted answers, in one cell: a line break, which no choice or
 * answer holds (the editor's fields are single lines) and which a spreadsheet shows as one item per line. The
 * cell is quoted, so the break stays inside it.
 */
export const LIST_SEPARATOR = "\n";

/** The columns before the citations'. */
export const QUESTION_COLUMNS = [
  "id",
  "type",
  "prompt",
  "choices",
  "answer",
  "accepted answers",
  "explanation",
  "needs source",
] as const;

/** The four columns of citation `n` (from 1): the article's title, the passage's text, the quote, the link to it. */
export const citationColumns = (n: number) =>
  [`citation ${n} article`, `citation ${n} passage`, `citation ${n} quote`, `citation ${n} link`] as const;

/**
 * The set as CSV: a header row, then each question in order, held ones included ("needs source" is "yes" for a
 * question citing nothing), with as many citation column groups as the most-cited question has (empty cells
 * where a question has fewer). `type` is content/'s name ("multiple-choice"); `answer` the one shown as correct;
 * a cloze's prompt keeps its blank "_____". Nothing is left out.
 */
export const exportCsv: Exporter = async (set: ExportedSet) => {
  const groups = Math.max(0, ...set.questions.map((q) => q.citations.length));
  const titles = new Map(set.articles.map((a) => [a.id, a.title]));
  const header = [...QUESTION_COLUMNS, ...Array.from({ length: groups }, (_, i) => citationColumns(i + 1)).flat()];
  const rows = set.questions.map((q) => {
    const cells = [
      q.id,
      q.type,
      q.prompt,
      q.choices.join(LIST_SEPARATOR),
      q.answers[0] ?? "",
      q.answers.slice(1).join(LIST_SEPARATOR),
      q.explanation,
      q.citations.length === 0 ? "yes" : "no",
    ];
    for (let i = 0; i < groups; i++) {
      const c = q.citations[i];
      cells.push(...(c ? [titles.get(c.article) ?? c.article, c.passageText, c.quote, c.link] : ["", "", "", ""]));
    }
    return cells;
  });
  return {
    bytes: new TextEncoder().encode(toCsv([header, ...rows])),
    extension: ".csv",
    mediaType: "text/csv; charset=utf-8",
    leftOut: [],
  };
};
