import type { Metadata, Route } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { PassageList, QuestionTable, StudentTable } from "@/components/classes/report-tables";
import { asCurrentViewer } from "@/lib/classes/as-current-viewer";
import { assignmentReport } from "@/lib/classes/report";
import { getViewer } from "@/lib/auth/session";
import { UTC } from "@/lib/calendar/zones";
import { DueMoment } from "@/components/due-moment";
import { TextLink } from "@/components/ui/text-link";
import { PageTitle } from "@/components/ui/page-title";
import { routes } from "@/lib/routes";

type Props = { params: Promise<{ classId: string; assignmentId: string }> };

export const metadata: Metadata = { title: "Assignment report" };

export default async function AssignmentReportPage({ params }: Props) {
  const { classId, assignmentId } = await params;
  const report = await asCurrentViewer(routes.assignment(classId, assignmentId), (actor) =>
    assignmentReport(actor, classId, assignmentId),
  );
  if (!report) notFound();
  const zone = (await getViewer())?.timeZone ?? UTC;
  const { assignment, classroom } = report;
  const download = (file: string) => routes.assignmentDownload(classId, assignmentId, file);
  const met = report.students.filter((s) => s.progress.met).length;
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <TextLink href={routes.classroom(classId)} className="text-sm">
          {classroom.name}
        </TextLink>
        <PageTitle>{assignment.set.title}</PageTitle>
        <p className="text-muted">
          <DueMoment dueAt={assignment.dueAt} viewerZone={zone} setInZone={assignment.timeZone} /> · goal:{" "}
          {Math.round(assignment.goalCoverage * 100)}% answered, {Math.round(assignment.goalAccuracy * 100)}% right ·{" "}
          {met} of {report.students.length} met it
        </p>
      </header>
      <section aria-labelledby="passages-heading" className="space-y-3">
        <h2 id="passages-heading" className="text-xl font-semibold">
          Passages to re-teach
        </h2>
        <p className="text-sm text-muted">The passages whose questions the class misses most, by latest answers.</p>
        <PassageList report={report} />
      </section>
      <TableSection id="students" title="Students" download={download}>
        <StudentTable report={report} timeZone={zone} />
      </TableSection>
      <TableSection id="questions" title="Questions" download={download}>
        <QuestionTable report={report} />
      </TableSection>
    </div>
  );
}

/** A report table under its heading, with links to download it as CSV and as an Excel workbook. */
function TableSection({
  id,
  title,
  download,
  children,
}: {
  id: string;
  title: string;
  download: (file: string) => Route;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-xl font-semibold">
          {title}
        </h2>
        <p className="flex flex-wrap gap-x-4 text-sm">
          <TextLink reload href={download(`${id}.csv`)}>
            Download CSV<span className="sr-only"> of {title.toLowerCase()}</span>
          </TextLink>
          <TextLink reload href={download(`${id}.xlsx`)}>
            Download Excel<span className="sr-only"> of {title.toLowerCase()}</span>
          </TextLink>
        </p>
      </div>
      {children}
    </section>
  );
}
