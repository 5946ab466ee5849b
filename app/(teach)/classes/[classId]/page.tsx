import type { Metadata } from "next";
import Link from "next/link";
import { AssignForm } from "@/components/classes/assign-form";
import { regenerateCodeAction, removeAssignmentAction, removeStudentAction } from "@/lib/classes/actions";
import { classDetail } from "@/lib/classes/classes";
import { formatJoinCode } from "@/lib/classes/join-code";
import { asCurrentViewer } from "@/lib/classes/as-current-viewer";
import { assignableSets } from "@/lib/content/library";
import { appOrigin } from "@/lib/http/request-origin";
import { getViewer } from "@/lib/auth/session";
import { dateInputValue } from "@/lib/calendar/wall-clock";
import { UTC } from "@/lib/calendar/zones";
import { DueMoment } from "@/components/due-moment";
import { PendingButton } from "@/components/ui/pending-button";
import { TextLink } from "@/components/ui/text-link";
import { PageTitle } from "@/components/ui/page-title";
import { routes } from "@/lib/routes";

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const metadata: Metadata = { title: "Class" };
const smallButton = "rounded-lg border border-black/20 px-3 py-1 text-sm font-medium dark:border-white/25";

export default async function ClassPage({ params, searchParams }: Props) {
  const [{ classId }, query] = await Promise.all([params, searchParams]);
  const [classroom, sets, origin, viewer] = await Promise.all([
    asCurrentViewer(routes.classroom(classId), (actor) => classDetail(actor, classId)),
    asCurrentViewer(routes.classroom(classId), assignableSets),
    appOrigin(),
    getViewer(),
  ]);
  const zone = viewer?.timeZone ?? UTC;
  // ?assigned= is a count the assign action sets; anything but a whole number from 1 to 100 is not shown.
  const assigned = /^[1-9]\d?$|^100$/.test(query.assigned ?? "") ? Number(query.assigned) : null;
  const joinLink = `${origin}${routes.joinCode(classroom.joinCode)}`;
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <TextLink href={routes.classes()} className="text-sm">
          Your classes
        </TextLink>
        <PageTitle>{classroom.name}</PageTitle>
      </header>
      {assigned && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900 dark:bg-green-950 dark:text-green-200">
          Assigned {assigned} {assigned === 1 ? "set" : "sets"}.
        </p>
      )}

      <section aria-labelledby="join-heading" className="space-y-3">
        <h2 id="join-heading" className="text-xl font-semibold">
          Invite students
        </h2>
        <p>
          Students join with the code{" "}
          <strong
            className="font-mono text-2xl tracking-widest"
            aria-label={`code ${[...classroom.joinCode].join(" ")}`}
          >
            {formatJoinCode(classroom.joinCode)}
          </strong>{" "}
          at{" "}
          <span className="whitespace-nowrap">
            {origin}
            {routes.join()}
          </span>
          , or with this link:
        </p>
        <p className="rounded-lg bg-black/[0.04] p-2 font-mono text-sm break-all dark:bg-white/[0.06]">{joinLink}</p>
        <form action={regenerateCodeAction} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="classId" value={classroom.id} />
          <PendingButton className={smallButton}>Make a new code</PendingButton>
          <span className="text-sm text-muted">The old code and link stop working.</span>
          {query.code === "new" && (
            <span role="status" className="text-sm">
              New code made.
            </span>
          )}
        </form>
      </section>

      <section aria-labelledby="assignments-heading" className="space-y-4">
        <h2 id="assignments-heading" className="text-xl font-semibold">
          Assignments
        </h2>
        {classroom.assignments.length === 0 ? (
          <p className="text-muted">Nothing assigned yet.</p>
        ) : (
          <ul className="space-y-2">
            {classroom.assignments.map((a) => (
              <li
                key={a.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-black/10 p-3 dark:border-white/15"
              >
                <div>
                  <Link
                    href={routes.assignment(classroom.id, a.id)}
                    className="font-semibold underline-offset-2 hover:underline"
                  >
                    {a.set.title}
                  </Link>
                  <p className="text-sm text-muted">
                    <DueMoment dueAt={a.dueAt} viewerZone={zone} setInZone={a.timeZone} /> · goal:{" "}
                    {Math.round(a.goalCoverage * 100)}% answered, {Math.round(a.goalAccuracy * 100)}% right
                  </p>
                </div>
                <form action={removeAssignmentAction}>
                  <input type="hidden" name="classId" value={classroom.id} />
                  <input type="hidden" name="assignmentId" value={a.id} />
                  <PendingButton className={smallButton} pendingLabel="Removing…">
                    Remove<span className="sr-only"> {a.set.title}</span>
                  </PendingButton>
                </form>
              </li>
            ))}
          </ul>
        )}
        <details
          className="rounded-lg border border-black/10 p-4 dark:border-white/15"
          open={classroom.assignments.length === 0}
        >
          <summary className="cursor-pointer font-medium">Assign sets</summary>
          <div className="mt-4 space-y-4">
            <p className="text-sm text-muted">
              The library&apos;s sets and your own published sets. To change a library set first, copy it from the{" "}
              <TextLink href={routes.library()}>library</TextLink>.
            </p>
            <AssignForm
              classId={classroom.id}
              sets={sets.map((s) => ({ id: s.id, title: s.title }))}
              defaultDue={dateInputValue(7, zone)}
              timeZone={zone}
            />
          </div>
        </details>
      </section>

      <section aria-labelledby="roster-heading" className="space-y-3">
        <h2 id="roster-heading" className="text-xl font-semibold">
          Students ({classroom.students.length})
        </h2>
        {query.removed && <p role="status">Student removed from the class.</p>}
        {classroom.students.length === 0 ? (
          <p className="text-muted">No students yet. Share the code or the link above.</p>
        ) : (
          <ul className="divide-y divide-black/10 dark:divide-white/15">
            {classroom.students.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {s.name ?? "Unnamed"} <span className="text-sm text-muted">{s.email}</span>
                </span>
                <form action={removeStudentAction}>
                  <input type="hidden" name="classId" value={classroom.id} />
                  <input type="hidden" name="studentId" value={s.id} />
                  <PendingButton className={smallButton} pendingLabel="Removing…">
                    Remove<span className="sr-only"> {s.name}</span>
                  </PendingButton>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
