// Term lists coming in (issue 19): Quizlet's export (term<TAB>definition, one per line), Anki's plain-text notes,
// and a spreadsheet saved as CSV (comma or semicolon, with or without a header row). Each row becomes a flashcard
// (front = term, back = definition) or, as the teacher chooses, a typed answer (prompt = term, answer =
// definition). A list carries no sources: every question arrives needing one.
import Papa from "papaparse";
import { decodeText } from "../../authoring/decode-text";
import { BLANK } from "../../content/parse-set";
import { AppError } from "../../errors/app-error";
import type { ImportedQuestion, Importer } from "../types";
import { footnoteCsvQuestions, isFootnoteCsvHeader } from "./footnote-csv";
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
    // Its own words ("This file is not text: …", "A file may be at most 5 MB; …"), as an import's refusal.
    if (error instanceof AppError) throw refuse(error.message);
    throw error;
  }
}

/** What Anki's header lines say of the rows after them. */
type AnkiLayout = {
  /** Columns (0-based) holding a note's GUID, note type, deck or tags rather than its fields: left out. */
  dropColumns: Set<number>;
  /** The column (0-based) naming each row's note type, if any. */
  notetypeColumn?: number;
  /** How many header lines there were, so that row numbers stay the file's line numbers. */
  headerLines: number;
  /** The separator `#separator:` names, if any: it decides, no guess. */
  separator?: string;
};

/** Anki's names for a separator (`#separator:Tab`); any other value is the separator itself, one character. */
const ANKI_SEPARATORS: Record<string, string> = {
  tab: "\t",
  comma: ",",
  semicolon: ";",
  space: " ",
  pipe: "|",
  colon: ":",
};

/** Anki's header lines at the top of `text` taken off: the rest of the text, and what they say. */
function ankiHeaders(text: string): { body: string; layout: AnkiLayout } {
  const lines = text.split(/\r?\n/);
  const layout: AnkiLayout = { dropColumns: new Set(), headerLines: 0 };
  while (layout.headerLines < lines.length && ANKI_HEADER.test(lines[layout.headerLines])) {
    const [, key, value] = ANKI_HEADER.exec(lines[layout.headerLines])!;
    const column = Number.parseInt(value.trim(), 10);
    if (/column$/i.test(key.trim()) && column >= 1) layout.dropColumns.add(column - 1);
    if (/^notetype column$/i.test(key.trim()) && column >= 1) layout.notetypeColumn = column - 1;
    if (/^separator$/i.test(key.trim())) {
      const named = ANKI_SEPARATORS[value.trim().toLowerCase()];
      if (named) layout.separator = named;
      else if (value.length === 1) layout.separator = value;
    }
    layout.headerLines++;
  }
  return { body: lines.slice(layout.headerLines).join("\n"), layout };
}

/** Anki's cloze deletions, `{{c1::answer}}` or `{{c1::answer::hint}}` (Anki manual, "Cloze Deletion"). */
const ANKI_CLOZE = /\{\{c\d+::(.*?)(?:::(.*?))?\}\}/g;

/**
 * A row of an Anki Cloze note as Footnote's cloze (the prompt with its one blank, the deletion as the answer),
 * or the reason it cannot be one: Footnote's cloze has exactly one blank.
 */
function ankiCloze(text: string): { prompt: string; answer: string } | { reason: string } {
  const deletions = [...text.matchAll(ANKI_CLOZE)];
  if (deletions.length !== 1)
    return { reason: `a cloze note with ${deletions.length} deletions: a Footnote cloze has exactly one blank` };
  return { prompt: text.replace(ANKI_CLOZE, BLANK), answer: deletions[0][1].trim() };
}

const SEPARATORS = ["\t", ",", ";"];

/**
 * The separator that splits the most rows into exactly a term and a definition (trailing empty cells and
 * `dropColumns` aside); papaparse's own guess breaks a tie. Empty rows are left out of the count: papaparse
 * counts them against every candidate.
 */
function guessSeparator(body: string, dropColumns: ReadonlySet<number>): string {
  const preview = { skipEmptyLines: "greedy", preview: 50 } as const;
  const guessed = Papa.parse<string[]>(body, { ...preview, delimitersToGuess: SEPARATORS }).meta.delimiter;
  const pairs = (delimiter: string) =>
    Papa.parse<string[]>(body, { ...preview, delimiter }).data.filter((row) => {
      const cells = row.filter((_, column) => !dropColumns.has(column));
      while (cells.length > 0 && cells[cells.length - 1].trim() === "") cells.pop();
      return cells.length === 2;
    }).length;
  const scored = SEPARATORS.map((separator) => ({ separator, score: pairs(separator) }));
  const best = Math.max(...scored.map((s) => s.score));
  const tied = scored.filter((s) => s.score === best).map((s) => s.separator);
  return tied.includes(guessed) ? guessed : tied[0];
}

/** Footnote's own CSV (export/csv.ts) is comma-separated, with its header row first: no guess for it. */
const isFootnoteCsv = (body: string) =>
  isFootnoteCsvHeader(Papa.parse<string[]>(body, { delimiter: ",", preview: 1 }).data[0] ?? []);

/**
 * The rows of `body`, split by what the file says of itself (Anki's `#separator:` line, Footnote's header row),
 * else by guessSeparator.
 */
function parseRows(body: string, layout: AnkiLayout): string[][] {
  const delimiter = layout.separator ?? (isFootnoteCsv(body) ? "," : guessSeparator(body, layout.dropColumns));
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
 * and its GUID, note type, deck and tags columns left out; a row whose note type is Cloze becomes a cloze when
 * it has one deletion, and is skipped, listed in `skipped`, when it has more). Row numbers are the file's lines
 * for a file without quoted line breaks. A first row such as "term,definition" or
 * "question,answer" is a header and skipped; empty rows are skipped. Rows become flashcards, or typed answers
 * with `options.as` "short-answer"; none cites anything. Footnote's own CSV export (its header row) is read
 * back with each question's type, choices and answers (import/footnote-csv.ts). The set's title:
 * `options.title`, else the file's name.
 * Throws AppError "import-refused": "row N: …" for a row with one column, more than two, or an empty side;
 * a file that is no text; no rows; more than 500 rows.
 */
export const readCsv: Importer = async (bytes, fileName, options = {}) => {
  const { body, layout } = ankiHeaders(decode(bytes));
  const rows = parseRows(body, layout);
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const set = (questions: ImportedQuestion[]) => ({
    format: "csv" as const,
    title: options.title?.trim() || titleFromFileName(fileName) || "Imported list",
    description: `Imported from ${name}.`,
    articles: [],
    questions,
  });
  if (rows.length > 0 && isFootnoteCsvHeader(rows[0])) {
    const questions = footnoteCsvQuestions(rows.slice(1));
    if (questions.length === 0) throw refuse("The file holds no questions to import.");
    return set(questions);
  }
  const questions: ImportedQuestion[] = [];
  const skipped: { where: string; reason: string }[] = [];
  let headerChecked = false;
  for (const [index, row] of rows.entries()) {
    const cells = row.filter((_, column) => !layout.dropColumns.has(column));
    if (cells.every((cell) => cell.trim() === "")) continue;
    // Spreadsheets pad rows with empty cells to the widest row's width.
    while (cells.length > 2 && cells[cells.length - 1].trim() === "") cells.pop();
    if (!headerChecked) {
      headerChecked = true;
      if (isHeader(cells)) continue;
    }
    const where = `row ${index + 1 + layout.headerLines}`;
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
    if (questions.length === IMPORT_MAX_QUESTIONS)
      throw refuse(
        `The list holds more than ${IMPORT_MAX_QUESTIONS} rows; a set may have at most ${IMPORT_MAX_QUESTIONS} questions.`,
      );
    if (layout.notetypeColumn !== undefined && /cloze/i.test(row[layout.notetypeColumn] ?? "")) {
      // A Cloze note's second field is its "Back Extra": notes for after the answer, kept as the explanation.
      const cloze = ankiCloze(term);
      if ("reason" in cloze) skipped.push({ where, reason: cloze.reason });
      else
        questions.push({
          type: "cloze",
          prompt: cloze.prompt,
          choices: [],
          answers: [cloze.answer],
          explanation: definition,
          citations: [],
          where,
        });
      continue;
    }
    if (definition === "") throw refuse(`${where}: the definition is empty`);
    const type = options.as === "short-answer" ? "short-answer" : "flashcard";
    questions.push({ type, prompt: term, choices: [], answers: [definition], explanation: "", citations: [], where });
  }
  if (questions.length === 0) throw refuse("The list holds no rows to import.");
  return { ...set(questions), ...(skipped.length > 0 ? { skipped } : {}) };
};
