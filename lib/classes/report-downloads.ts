// The report's per-student and per-question tables as downloads: CSV (lib/spreadsheets/csv.ts) and
// Excel .xlsx (lib/spreadsheets/xlsx.ts), from one typed description of each table.
import { CSV_CONTENT_TYPE, tableCsv } from "../spreadsheets/csv";
import type { Table } from "../spreadsheets/table";
import { tableXlsx, XLSX_CONTENT_TYPE } from "../spreadsheets/xlsx";
import type { AssignmentReport } from "./report";

export const REPORT_TABLES = ["students", "questions"] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];
export const REPORT_FORMATS = ["csv", "xlsx"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

type StudentRow = AssignmentReport["students"][number];
type QuestionRow = AssignmentReport["questions"][number];

const yesNo = (flag: boolean) => (flag ? "yes" : "no");

function studentTable(report: AssignmentReport): Table<StudentRow> {
  return {
    name: "Students",
    rows: report.students,
    columns: [
      { header: "student", title: "Student", kind: "text", value: (s) => s.name },
      { header: "email", title: "Email", kind: "text", value: (s) => s.email },
      { header: "answered", title: "Answered", kind: "integer", value: (s) => s.progress.answered },
      { header: "questions", title: "Questions", kind: "integer", value: (s) => s.progress.total },
      { header: "accuracy_percent", title: "Right", kind: "percent", value: (s) => s.progress.accuracy },
      { header: "goal_met", title: "Goal met", kind: "text", value: (s) => yesNo(s.progress.met) },
      { header: "reviews", title: "Reviews", kind: "integer", value: (s) => s.reviews },
      { header: "last_active", title: "Last active (UTC)", kind: "date", value: (s) => s.lastActive },
      { header: "overdue", title: "Overdue", kind: "text", value: (s) => yesNo(s.overdue) },
    ],
  };
}

function questionTable(report: AssignmentReport): Table<QuestionRow> {
  return {
    name: "Questions",
    rows: report.questions,
    columns: [
      { header: "question_id", title: "Question id", kind: "text", value: (q) => q.id },
      { header: "question", title: "Question", kind: "text", value: (q) => q.prompt },
      {
        header: "percent_right",
        title: "Right",
        kind: "percent",
        value: (q) => (q.attempts ? q.right / q.attempts : null),
      },
      { header: "answered", title: "Answered", kind: "integer", value: (q) => q.attempts },
      {
        header: "most_common_wrong_answer",
        title: "Most common wrong answer",
        kind: "text",
        value: (q) => q.commonWrong,
      },
      { header: "not_yet_seen", title: "Not yet seen", kind: "integer", value: (q) => q.notSeen },
      { header: "overruled", title: "Overruled", kind: "integer", value: (q) => q.overruled },
      {
        header: "overruled_answers",
        title: "Overruled answers",
        kind: "text",
        value: (q) =>
          q.overruledAnswers.length ? q.overruledAnswers.map((a) => `${a.answer} (${a.count})`).join("; ") : null,
      },
    ],
  };
}

/** A report table as CSV (BOM, CRLF, formulas neutralised; percentages as whole percent). */
export function reportCsv(report: AssignmentReport, table: ReportTable): string {
  return table === "students" ? tableCsv(studentTable(report)) : tableCsv(questionTable(report));
}

/** A report table as an .xlsx workbook's bytes (numbers as numbers, shares as percentages, dates as dates). */
export function reportXlsx(report: AssignmentReport, table: ReportTable): Promise<Buffer> {
  return table === "students" ? tableXlsx(studentTable(report)) : tableXlsx(questionTable(report));
}

/** The body and content type of a report table's download in a format. */
export async function reportDownload(report: AssignmentReport, table: ReportTable, format: ReportFormat) {
  return format === "csv"
    ? { body: reportCsv(report, table) as string | Buffer, contentType: CSV_CONTENT_TYPE }
    : { body: await reportXlsx(report, table), contentType: XLSX_CONTENT_TYPE };
}
