import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PassageList, QuestionTable, StudentTable } from "@/components/classes/report-tables";
import { asCurrentViewer } from "@/lib/classes/as-current-viewer";
import { assignmentReport } from "@/lib/classes/report";
import { getViewer } from "@/lib/auth/session";
import { UTC } from "@/lib/calendar/zones";
import { DueMoment } from "@/components/due-moment";

type Props = { params: Promise<{ classId: string; assignmentId: string }> };

export const metadata: Metadata = { title: "Assignment report" };

export default async function AssignmentReportPage({ params }: Props) {
  const { classId, assignmentId } = await params;
  const report = await asCurrentViewer(`/classes/${classId}/assignments/${assignmentId}`, (actor) => assignmentReport(actor, classId, assignmentId));
  if (!report) notFound();
  const zone = (await getViewer())?.timeZone ?? UTC;
  const { assignment, classroom } = report;
  const download = (table: string) => `/api/classes/${encodeURIComponent(classId)}/assignments/${encodeURIComponent(assignmentId)}/${table}`;
  const met = report.students.filter((s) => s.progress.met).length;
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <Link href={`/classes/${classId}`} className="text-sm text-[var(--color-accent)] underline underline-offset-2">{classroom.name}</Link>
        <h1 className="font-serif text-3xl font-semibold">{assignment.set.title}</h1>
        <p className="text-[var(--color-muted)]">
          <DueMoment dueAt={assignment.dueAt} viewerZone={zone} setInZone={assignment.timeZone} /> · goal: {Math.round(assignment.goalCoverage * 100)}% answered, {Math.round(assignment.goalAccuracy * 100)}% right · {met} of {report.students.length} met it
        </p>
      </header>
      <section aria-labelledby="passages-heading" className="space-y-3">
        <h2 id="passages-heading" className="text-xl font-semibold">Passages to re-teach</h2>
        <p className="text-sm text-[var(--color-muted)]">The passages whose questions the class misses most, by latest answers.</p>
        <PassageList report={report} />
      </section>
      <TableSection id="students" title="Students" download={download("students")}>
        <StudentTable report={report} timeZone={zone} />
      </TableSection>
      <TableSection id="questions" title="Questions" download={download("questions")}>
        <QuestionTable report={report} />
      </TableSection>
    </div>
  );
}

/** A report table under its heading, with links to download it as CSV and as an Excel workbook. */
function TableSection({ id, title, download, children }: { id: string; title: string; download: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-xl font-semibold">{title}</h2>
        <p className="flex flex-wrap gap-x-4 text-sm">
          <a href={`${download}.csv`} className="text-[var(--color-accent)] underline">Download CSV<span className="sr-only"> of {title.toLowerCase()}</span></a>
          <a href={`${download}.xlsx`} className="text-[var(--color-accent)] underline">Download Excel<span className="sr-only"> of {title.toLowerCase()}</span></a>
        </p>
      </div>
      {children}
    </section>
  );
}
