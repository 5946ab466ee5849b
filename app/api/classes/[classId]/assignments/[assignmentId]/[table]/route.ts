// GET /api/classes/[classId]/assignments/[assignmentId]/(students|questions).csv – a report table as CSV, for the class's teacher
import { getLearner } from "@/lib/auth/session";
import { AccessDenied } from "@/lib/classes/access";
import { assignmentReport } from "@/lib/classes/report";
import { REPORT_TABLES, reportCsv, type ReportTable } from "@/lib/classes/report-csv";

type Params = { params: Promise<{ classId: string; assignmentId: string; table: string }> };

export async function GET(_request: Request, { params }: Params) {
  const { classId, assignmentId, table } = await params;
  const name = table.replace(/\.csv$/, "") as ReportTable;
  if (!table.endsWith(".csv") || !REPORT_TABLES.includes(name)) return new Response("Not found", { status: 404 });
  try {
    const report = await assignmentReport(await getLearner(), classId, assignmentId);
    if (!report) return new Response("Not found", { status: 404 });
    const filename = `${report.classroom.name}-${report.assignment.set.title}-${name}`.replace(/[^\w-]+/g, "-").toLowerCase();
    return new Response(reportCsv(report, name), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AccessDenied) {
      return new Response(error.reason === "sign-in" ? "Sign in first." : "Not found", { status: error.reason === "sign-in" ? 401 : 404 });
    }
    throw error;
  }
}
