// GET /api/classes/[classId]/assignments/[assignmentId]/(students|questions).(csv|xlsx) – a report table as CSV or Excel, for the class's teacher
import { getViewer } from "@/lib/auth/session";
import { refusedResponse } from "@/lib/errors/leave-if-refused";
import { assignmentReport } from "@/lib/classes/report";
import {
  REPORT_FORMATS,
  REPORT_TABLES,
  reportDownload,
  type ReportFormat,
  type ReportTable,
} from "@/lib/classes/report-downloads";

type Params = { params: Promise<{ classId: string; assignmentId: string; table: string }> };

export async function GET(_request: Request, { params }: Params) {
  const { classId, assignmentId, table } = await params;
  const [, name, format] = /^(\w+)\.(\w+)$/.exec(table) ?? [];
  if (!REPORT_TABLES.includes(name as ReportTable) || !REPORT_FORMATS.includes(format as ReportFormat))
    return new Response("Not found", { status: 404 });
  try {
    const report = await assignmentReport(await getViewer(), classId, assignmentId);
    if (!report) return new Response("Not found", { status: 404 });
    const filename = `${report.classroom.name}-${report.assignment.set.title}-${name}`
      .replace(/[^\w-]+/g, "-")
      .toLowerCase();
    const { body, contentType } = await reportDownload(report, name as ReportTable, format as ReportFormat);
    return new Response(typeof body === "string" ? body : new Uint8Array(body), {
      headers: {
        "Content-Type": contentType,
        "Content-Disposition": `attachment; filename="${filename}.${format}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    const refused = refusedResponse(error);
    if (refused) return refused;
    throw error;
  }
}
