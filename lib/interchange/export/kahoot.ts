// A set as Kahoot's quiz spreadsheet template (.xlsx, written with exceljs): the template's header on row 8 and one
// question per row from row 9 (number, question, answers 1–4, time limit, correct answer), within the template's
// limits. Kahoot's quiz holds multiple choice and true/false only; every other question is left out and counted.
import ExcelJS from "exceljs";
import { XLSX_CONTENT_TYPE } from "../../spreadsheets/xlsx";
import type { ExportedQuestion, Exporter, LeftOut } from "../types";

/** The template's column titles (B8:H8), as Kahoot's own template words them; A8 is empty. */
export const KAHOOT_HEADER = [
  "Question - max 120 characters",
  "Answer 1 - max 75 characters",
  "Answer 2 - max 75 characters",
  "Answer 3 - max 75 characters",
  "Answer 4 - max 75 characters",
  "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
  "Correct answer(s) - choose at least one",
] as const;
/** The row of the header; questions follow it. */
export const KAHOOT_HEADER_ROW = 8;
/** The template's limits, in characters (UTF-16 code units, which is never fewer than what Kahoot counts). */
export const KAHOOT_LIMITS = { question: 120, answer: 75, answers: 4 } as const;
/** Seconds per question: 20 s, Kahoot's own default, long enough to read a 120-character question and 4 answers. */
export const KAHOOT_TIME_LIMIT = 20;

/** Why a question cannot be in the sheet, in the words the teacher sees; the first that applies counts. */
export const KAHOOT_REASONS = {
  type: "not multiple choice or true/false (Kahoot's quiz holds only those)",
  choices: `more than ${KAHOOT_LIMITS.answers} choices, or fewer than 2`,
  question: `question longer than ${KAHOOT_LIMITS.question} characters`,
  answer: `a choice longer than ${KAHOOT_LIMITS.answer} characters`,
} as const;

/** One line: Kahoot's fields are single lines. */
const line = (text: string) => text.replace(/\s*[\r\n]+\s*/g, " ").trim();

type Row = { question: string; answers: string[]; correct: number };

function kahootRow(q: ExportedQuestion): Row | keyof typeof KAHOOT_REASONS {
  if (q.type !== "multiple-choice" && q.type !== "true-false") return "type";
  const answers = (q.type === "true-false" ? ["True", "False"] : q.choices).map(line);
  const correct =
    q.type === "true-false" ? (/^true$/i.test(q.answers[0] ?? "") ? 1 : 2) : q.choices.indexOf(q.answers[0]) + 1;
  if (answers.length > KAHOOT_LIMITS.answers || answers.length < 2 || correct < 1) return "choices";
  const question = line(q.prompt);
  if (question.length > KAHOOT_LIMITS.question) return "question";
  if (answers.some((a) => a.length > KAHOOT_LIMITS.answer)) return "answer";
  return { question, answers, correct };
}

/**
 * The set as Kahoot's template: rows 2–6 name the set and say what was left out, row 8 the header, then every
 * multiple choice and true/false question that fits, in order (numbered from 1 in column A), 20 s each, the
 * right answer's number (1–4) in the last column. Text is stored as text, never as a formula. `leftOut`: one
 * entry per reason (KAHOOT_REASONS) with how many questions it kept out.
 */
export const exportKahoot: Exporter = async (set) => {
  const rows: Row[] = [];
  const counts = new Map<keyof typeof KAHOOT_REASONS, number>();
  for (const q of set.questions) {
    const row = kahootRow(q);
    if (typeof row === "string") counts.set(row, (counts.get(row) ?? 0) + 1);
    else rows.push(row);
  }
  const leftOut: LeftOut[] = [...counts].map(([reason, count]) => ({ count, reason: KAHOOT_REASONS[reason] }));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Footnote";
  const sheet = workbook.addWorksheet("Sheet1");
  sheet.getCell("B2").value = line(set.title);
  sheet.getCell("B2").font = { bold: true, size: 14 };
  sheet.getCell("B3").value = `${rows.length} of ${set.questions.length} questions from Footnote: ${set.link}`;
  leftOut.forEach((l, i) => {
    sheet.getCell(`B${4 + i}`).value = `Left out: ${l.count} ${l.count === 1 ? "question" : "questions"}, ${l.reason}.`;
  });
  const header = sheet.getRow(KAHOOT_HEADER_ROW);
  header.values = ["", ...KAHOOT_HEADER];
  header.font = { bold: true };
  rows.forEach((r, i) => {
    const answers = [...r.answers, "", "", "", ""].slice(0, KAHOOT_LIMITS.answers);
    sheet.getRow(KAHOOT_HEADER_ROW + 1 + i).values = [i + 1, r.question, ...answers, KAHOOT_TIME_LIMIT, r.correct];
  });
  sheet.getColumn(2).width = 60;
  for (const c of [3, 4, 5, 6]) sheet.getColumn(c).width = 30;
  return {
    bytes: new Uint8Array(await workbook.xlsx.writeBuffer()),
    extension: ".xlsx",
    mediaType: XLSX_CONTENT_TYPE,
    leftOut,
  };
};
