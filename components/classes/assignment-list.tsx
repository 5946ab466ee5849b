import type { StudentAssignment } from "@/lib/classes/assignments";
import { DueMoment } from "@/components/due-moment";
import { TextLink } from "@/components/ui/text-link";
import { routes } from "@/lib/routes";

/** A student's assignments, soonest due first, each with progress toward its goal and a way in; due moments in `timeZone` (the student's). */
export function AssignmentList({ assignments, timeZone }: { assignments: StudentAssignment[]; timeZone: string }) {
  return (
    <ul className="space-y-3">
      {assignments.map((a) => {
        const { answered, total, accuracy, met } = a.progress;
        return (
          <li key={a.id} className="rounded-lg border border-black/10 p-4 dark:border-white/15">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold">{a.set.title}</h3>
              <span className={`text-sm ${a.overdue ? "font-semibold text-red-700 dark:text-red-300" : "text-muted"}`}>
                {met ? (
                  "Goal met"
                ) : (
                  <DueMoment
                    dueAt={a.dueAt}
                    viewerZone={timeZone}
                    setInZone={a.timeZone}
                    prefix={a.overdue ? "Overdue since" : "Due"}
                  />
                )}
              </span>
            </div>
            <p className="text-sm text-muted">{a.className}</p>
            <label className="mt-2 block text-sm">
              {answered} of {total} answered{accuracy !== null && `, ${Math.round(accuracy * 100)}% right`} · goal{" "}
              {Math.round(a.goalCoverage * 100)}% answered, {Math.round(a.goalAccuracy * 100)}% right
              <progress value={answered} max={total} className="mt-1 block h-2 w-full accent-accent" />
            </label>
            {/* A plain link: the study page is on the Pages Router, and next/link would prefetch it (running it) as React data. */}
            <TextLink reload href={routes.study(a.set.id)} className="mt-2 inline-block font-medium">
              Study {a.set.title}
            </TextLink>
          </li>
        );
      })}
    </ul>
  );
}
