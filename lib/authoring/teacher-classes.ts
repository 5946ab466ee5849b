// A teacher's classes as their home shows them: each with its next due assignment and how many of its
// students are on track for it, for every class at once in a fixed number of queries.
import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer";
import { meetsGoal } from "../classes/goal";
import { db } from "../db/client";
import { selectAssignmentGoalTallies } from "../db/direct/assignment-goal-tallies";

/** A class's next due assignment: `dueAt` an instant, `timeZone` the IANA zone its teacher set it in. */
export type NextAssignment = {
  id: string;
  set: { id: string; title: string };
  dueAt: Date;
  timeZone: string;
  /** Students who have met the goal by their latest answers (the report's "met it"). */
  onTrack: number;
};

export type TeacherClass = {
  id: string;
  name: string;
  students: number;
  /** The assignment due soonest from now (its due moment not yet passed), or null when none is. */
  next: NextAssignment | null;
};

/**
 * The teacher's classes that are not archived, oldest first, each with its next due assignment (of a set not
 * archived) and how many students are on track for it. "On track" is the class report's goal rule
 * (lib/classes/goal.ts, lib/classes/report.ts): a student's latest scheduled answers cover at least the goal's
 * share of the set's questions that are not archived, with at least the goal's share right. Four reads
 * whatever the number of classes: classes, upcoming assignments, set sizes, and each learner's tally of latest
 * answers (lib/db/direct/assignment-goal-tallies.ts, one statement for every class).
 * Throws AppError "sign-in" or "teachers-only" (lib/auth/require.ts).
 */
export async function teacherClassesOverview(viewer: Viewer | null, now = new Date()): Promise<TeacherClass[]> {
  const teacher = requireTeacher(viewer);
  const classes = await db.classroom.findMany({
    where: { teacherId: teacher.id, archivedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, _count: { select: { memberships: true } } },
  });
  if (classes.length === 0) return [];
  const upcoming = await db.assignment.findMany({
    where: { classroomId: { in: classes.map((c) => c.id) }, dueAt: { gte: now }, set: { archivedAt: null } },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      classroomId: true,
      dueAt: true,
      timeZone: true,
      goalAccuracy: true,
      goalCoverage: true,
      set: { select: { id: true, title: true } },
    },
  });
  const nextByClass = new Map<string, (typeof upcoming)[number]>();
  for (const a of upcoming) if (!nextByClass.has(a.classroomId)) nextByClass.set(a.classroomId, a);
  const next = [...nextByClass.values()];
  const [sizes, tallies] = await Promise.all([
    db.question.groupBy({
      by: ["setId"],
      where: { setId: { in: [...new Set(next.map((a) => a.set.id))] }, archivedAt: null },
      _count: { _all: true },
    }),
    selectAssignmentGoalTallies(next.map((a) => a.id)),
  ]);
  const setSize = new Map(sizes.map((s) => [s.setId, s._count._all]));
  const onTrack = new Map<string, number>();
  for (const t of tallies) {
    const a = next.find((n) => n.id === t.assignmentId)!;
    if (meetsGoal(setSize.get(a.set.id) ?? 0, Number(t.answered), Number(t.right), a))
      onTrack.set(a.id, (onTrack.get(a.id) ?? 0) + 1);
  }
  return classes.map((c) => {
    const a = nextByClass.get(c.id);
    return {
      id: c.id,
      name: c.name,
      students: c._count.memberships,
      next: a ? { id: a.id, set: a.set, dueAt: a.dueAt, timeZone: a.timeZone, onTrack: onTrack.get(a.id) ?? 0 } : null,
    };
  });
}
