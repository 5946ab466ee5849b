// Footnote's own CSV export read back (lib/interchange/export/csv.ts): one row per question with its type,
// choices and answers, so the questions come back whole. Its citation columns carry the passage's text but not
// the article, so they cannot be anchored: the questions arrive needing a source, as any list's do.
import { QUESTION_TYPES, type QuestionType } from "../../content/types";
import type { ImportedQuestion } from "../types";
import { IMPORT_MAX_QUESTIONS, refuse } from "./prepare";

/** The export's first columns, in order (export/csv.ts QUESTION_COLUMNS); citation columns follow. */
const COLUMNS = ["id", "type", "prompt", "choices", "answer", "accepted answers", "explanation", "needs source"];

/** Whether `cells`, a file's first row, is the header of Footnote's CSV export. */
export function isFootnoteCsvHeader(cells: readonly string[]): boolean {
  return COLUMNS.every((name, i) => cells[i]?.trim().toLowerCase() === name);
}

/** A cell as typed: the export puts an apostrophe before text a spreadsheet would run as a formula (OWASP). */
const unguarded = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
const list = (cell: string) =>
  cell
    .split(/\r?\n/)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * The questions of Footnote's CSV export, `rows` being the file's rows after its header (row numbers count
 * from 2): type, prompt, choices, answer and accepted answers, explanation and id kept; citations dropped.
 * Empty rows are skipped. Throws AppError "import-refused": "row N: unknown type …", more than 500 rows.
 */
export function footnoteCsvQuestions(rows: readonly string[][]): ImportedQuestion[] {
  const questions: ImportedQuestion[] = [];
  for (const [index, raw] of rows.entries()) {
    if (raw.every((cell) => cell.trim() === "")) continue;
    const where = `row ${index + 2}`;
    const [id, type, prompt, choices, answer, accepted, explanation] = raw.map(unguarded);
    const named = (type ?? "").trim();
    if (!(QUESTION_TYPES as readonly string[]).includes(named))
      throw refuse(`${where}: unknown type "${named}" (use one of: ${QUESTION_TYPES.join(", ")})`);
    if (questions.length === IMPORT_MAX_QUESTIONS)
      throw refuse(
        `The file holds more than ${IMPORT_MAX_QUESTIONS} questions; a set may have at most ${IMPORT_MAX_QUESTIONS}.`,
      );
    questions.push({
      ...(id?.trim() ? { id: id.trim() } : {}),
      type: named as QuestionType,
      prompt: prompt ?? "",
      choices: list(choices ?? ""),
      answers: [(answer ?? "").trim(), ...list(accepted ?? "")],
      explanation: explanation ?? "",
      citations: [],
      where,
    });
  }
  return questions;
}
