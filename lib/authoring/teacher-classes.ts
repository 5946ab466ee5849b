// A teacher's classes as their home shows them: each with its next due assignment and how many of its
// students are on track for it, for every class at once in a fixed number of queries.
import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer";
import { goalProgress, latestAnswers, type ReviewFact } from "../classes/goal";
import { db } from "../db/client";
import { selectAssignmentGoalReviews } from "../db/direct/assignment-goal-reviews";

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
 * share of the set's questions that are not archived, with at least the goal's share right. Five reads
 * whatever the number of classes: classes, assignments, members, questions, and the answers (on the driver).
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
  const [members, questions, rows] = await Promise.all([
    db.membership.findMany({
      where: { classroomId: { in: next.map((a) => a.classroomId) } },
      select: { classroomId: true, userId: true },
    }),
    db.question.findMany({
      where: { setId: { in: [...new Set(next.map((a) => a.set.id))] }, archivedAt: null },
      select: { id: true, setId: true },
    }),
    selectAssignmentGoalReviews(next.map((a) => a.id)),
  ]);
  const questionIds = groupBy(
    questions,
    (q) => q.setId,
    (q) => q.id,
  );
  const studentIds = groupBy(
    members,
    (m) => m.classroomId,
    (m) => m.userId,
  );
  const reviews = groupBy(
    rows,
    (r) => r.assignmentId,
    (r): ReviewFact => ({
      userId: r.userId,
      questionId: r.questionId,
      correct: r.correct === null ? null : Boolean(r.correct),
      rating: Number(r.rating),
      answer: null,
      reviewedAt: new Date(r.reviewedAt),
    }),
  );
  return classes.map((c) => {
    const a = nextByClass.get(c.id);
    if (!a) return { id: c.id, name: c.name, students: c._count.memberships, next: null };
    const latest = latestAnswers(reviews.get(a.id) ?? []);
    const live = questionIds.get(a.set.id) ?? [];
    const onTrack = (studentIds.get(c.id) ?? []).filter((id) => goalProgress(id, live, latest, a).met).length;
    return {
      id: c.id,
      name: c.name,
      students: c._count.memberships,
      next: { id: a.id, set: a.set, dueAt: a.dueAt, timeZone: a.timeZone, onTrack },
    };
  });
}

function groupBy<T, V>(items: readonly T[], key: (item: T) => string, value: (item: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(value(item));
    else groups.set(key(item), [value(item)]);
  }
  return groups;
}
