// Term lists coming in (issue 19): Quizlet's export (term<TAB>definition, one per line), Anki's plain-text notes,
// and a spreadsheet saved as CSV (comma or semicolon, with or without a header row). Each row becomes a flashcard
// (front = term, back = definition) or, as the teacher chooses, a typed answer (prompt = term, answer =
// definition). A list carries no sources: every question arrives needing one.
import Papa from "papaparse";
import { decodeText } from "../../authoring/decode-text";
import { AppError } from "../../errors/app-error";
import type { ImportedQuestion, Importer } from "../types";
import { IMPORT_MAX_QUESTIONS, refuse } from "./prepare";

/** Header names that mark a first row as column names, not a term: term side, then definition side. */
const TERM_NAMES = new Set(["term", "terms", "question", "questions", "front", "prompt", "word", "words"]);
const DEFINITION_NAMES = new Set(["definition", "definitions", "answer", "answers", "back", "meaning", "meanings"]);

/** Anki's plain-text file headers (https://docs.ankiweb.net/importing/text-files.html#file-headers): "#key:value". */
const ANKI_HEADER = /^#([a-z ]+):(.*)$/i;

/** The file's name without folders or extension: the set's title when none is given. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  return base.replace(/\.[^.]*$/, "").trim();
}

function decode(bytes: Uint8Array): string {
  try {
    return decodeText(bytes);
  } catch (error) {
    if (error instanceof AppError) throw refuse(`This file is not a text list: ${error.message}`);
    throw error;
  }
}

/**
 * Anki's header lines at the top of `text` taken off: the rest of the text, and the columns (0-based) that
 * hold a note's GUID, note type, deck or tags rather than its fields, to leave out of each row.
 */
function ankiHeaders(text: string): { body: string; dropColumns: Set<number> } {
  const lines = text.split(/\r?\n/);
  const dropColumns = new Set<number>();
  let at = 0;
  while (at < lines.length && ANKI_HEADER.test(lines[at])) {
    const [, key, value] = ANKI_HEADER.exec(lines[at])!;
    const column = Number.parseInt(value.trim(), 10);
    if (/column$/i.test(key.trim()) && column >= 1) dropColumns.add(column - 1);
    at++;
  }
  return { body: lines.slice(at).join("\n"), dropColumns };
}

const SEPARATORS = ["\t", ",", ";"];

/**
 * The separator that splits the most rows into exactly a term and a definition (trailing empty cells aside);
 * papaparse's own guess breaks a tie. Empty rows are left out of the count: papaparse counts them against
 * every candidate.
 */
function guessSeparator(body: string): string {
  const preview = { skipEmptyLines: "greedy", preview: 50 } as const;
  const guessed = Papa.parse<string[]>(body, { ...preview, delimitersToGuess: SEPARATORS }).meta.delimiter;
  const pairs = (delimiter: string) =>
    Papa.parse<string[]>(body, { ...preview, delimiter }).data.filter((row) => {
      const cells = [...row];
      while (cells.length > 0 && cells[cells.length - 1].trim() === "") cells.pop();
      return cells.length === 2;
    }).length;
  const scored = SEPARATORS.map((separator) => ({ separator, score: pairs(separator) }));
  const best = Math.max(...scored.map((s) => s.score));
  const tied = scored.filter((s) => s.score === best).map((s) => s.separator);
  return tied.includes(guessed) ? guessed : tied[0];
}

function parseRows(body: string): string[][] {
  const delimiter = guessSeparator(body);
  let parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  // Quizlet writes terms as they were typed, quote marks and all, with nothing quoted: read a tab list whose
  // quote marks do not pair up as plain text.
  if (delimiter === "\t" && parsed.errors.some((e) => e.type === "Quotes"))
    parsed = Papa.parse<string[]>(body, { delimiter, quoteChar: "\u0000", skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === "Quotes");
  if (quoteError) throw refuse(`row ${(quoteError.row ?? 0) + 1}: ${quoteError.message.replace(/\.$/, "")}`);
  return parsed.data;
}

const isHeader = (cells: string[]) =>
  cells.length >= 2 &&
  TERM_NAMES.has(cells[0].trim().toLowerCase()) &&
  DEFINITION_NAMES.has(cells[1].trim().toLowerCase());

/**
 * Reads a term list (CSV, TSV, or tab-separated .txt; separator detected by papaparse among comma, tab and
 * semicolon; UTF-8, UTF-16 or Windows-1252, a byte-order mark dropped; Anki's "#key:value" header lines read
 * and its GUID, note type, deck and tags columns left out). A first row such as "term,definition" or
 * "question,answer" is a header and skipped; empty rows are skipped. Rows become flashcards, or typed answers
 * with `options.as` "short-answer"; none cites anything. The set's title: `options.title`, else the file's name.
 * Throws AppError "import-refused": "row N: …" for a row with one column, more than two, or an empty side;
 * a file that is no text; no rows; more than 500 rows.
 */
export const readCsv: Importer = async (bytes, fileName, options = {}) => {
  const { body, dropColumns } = ankiHeaders(decode(bytes));
  const rows = parseRows(body);
  const questions: ImportedQuestion[] = [];
  let headerChecked = false;
  for (const [index, row] of rows.entries()) {
    const cells = row.filter((_, column) => !dropColumns.has(column));
    if (cells.every((cell) => cell.trim() === "")) continue;
    // Spreadsheets pad rows with empty cells to the widest row's width.
    while (cells.length > 2 && cells[cells.length - 1].trim() === "") cells.pop();
    if (!headerChecked) {
      headerChecked = true;
      if (isHeader(cells)) continue;
    }
    const where = `row ${index + 1}`;
    if (cells.length === 1)
      throw refuse(
        `${where}: holds one column; each row needs a term and a definition, separated by a tab, a comma or a semicolon`,
      );
    if (cells.length > 2)
      throw refuse(
        `${where}: holds ${cells.length} columns; each row needs a term and a definition only (put a field that holds the separator in double quotes)`,
      );
    const [term, definition] = cells.map((cell) => cell.trim());
    if (term === "") throw refuse(`${where}: the term is empty`);
    if (definition === "") throw refuse(`${where}: the definition is empty`);
    if (questions.length === IMPORT_MAX_QUESTIONS)
      throw refuse(
        `The list holds more than ${IMPORT_MAX_QUESTIONS} rows; a set may have at most ${IMPORT_MAX_QUESTIONS} questions.`,
      );
    const type = options.as === "short-answer" ? "short-answer" : "flashcard";
    questions.push({ type, prompt: term, choices: [], answers: [definition], explanation: "", citations: [], where });
  }
  if (questions.length === 0) throw refuse("The list holds no rows to import.");
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return {
    format: "csv",
    title: options.title?.trim() || titleFromFileName(fileName) || "Imported list",
    description: `Imported from ${name}.`,
    articles: [],
    questions,
  };
};
