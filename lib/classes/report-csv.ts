// The report's per-student and per-question tables as CSV, for spreadsheets.
import { stringify } from "csv-stringify/sync";
import type { AssignmentReport } from "./report";

// A cell starting with = + - @ would run as a formula in a spreadsheet; names are written by users.
const cell = (value: string | number | null) => {
  if (value === null) return "";
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
};
const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));
const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const REPORT_TABLES = ["students", "questions"] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

export function reportCsv(report: AssignmentReport, table: ReportTable): string {
  if (table === "students") {
    return stringify([
      ["student", "email", "answered", "questions", "accuracy_percent", "goal_met", "reviews", "last_active", "overdue"],
      ...report.students.map((s) => [s.name, s.email, s.progress.answered, s.progress.total, percent(s.progress.accuracy), s.progress.met ? "yes" : "no", s.reviews, iso(s.lastActive), s.overdue ? "yes" : "no"].map(cell)),
    ]);
  }
  return stringify([
    ["question_id", "question", "percent_right", "answered", "most_common_wrong_answer", "not_yet_seen"],
    ...report.questions.map((q) => [q.id, q.prompt, q.percentRight, q.attempts, q.commonWrong, q.notSeen].map(cell)),
  ]);
}
