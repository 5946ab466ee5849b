import Link from "next/link";
import { DueMoment } from "@/components/due-moment";
import { TextLink } from "@/components/ui/text-link";
import type { TeacherClass } from "@/lib/authoring/teacher-classes";
import { routes } from "@/lib/routes";

/** A teacher's classes, each with its next due assignment and who is on track; due moments in `timeZone` (the teacher's). */
export function TeacherClassList({ classes, timeZone }: { classes: TeacherClass[]; timeZone: string }) {
  return (
    <ul className="space-y-3">
      {classes.map((c) => (
        <li key={c.id} className="rounded-lg border border-black/10 p-4 dark:border-white/15">
          <h3 className="text-lg font-semibold">
            <Link href={routes.classroom(c.id)} className="underline-offset-2 hover:underline">
              {c.name}
            </Link>
          </h3>
          <p className="text-sm text-muted">
            {c.students} {c.students === 1 ? "student" : "students"}
          </p>
          {c.next ? (
            <p className="mt-1">
              Next:{" "}
              <TextLink href={routes.assignment(c.id, c.next.id)}>
                {c.next.set.title}
                <span className="sr-only"> (report)</span>
              </TextLink>{" "}
              · <DueMoment dueAt={c.next.dueAt} viewerZone={timeZone} setInZone={c.next.timeZone} /> ·{" "}
              {c.students > 0 ? (
                <strong className="font-semibold">
                  {c.next.onTrack} of {c.students} on track
                </strong>
              ) : (
                // "0 of 0 on track" reads as a result; a class nobody has joined has none yet.
                <span className="text-muted">no one has joined yet</span>
              )}
            </p>
          ) : (
            <p className="mt-1 text-muted">Nothing due. Assign a set from the class page.</p>
          )}
        </li>
      ))}
    </ul>
  );
}
