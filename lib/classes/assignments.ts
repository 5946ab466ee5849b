// Assignments: a teacher gives a class one or more sets with a due date and a goal; students see
// theirs, soonest first, with their progress toward the goal.
import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { requireAccount } from "../auth/require";
import { ownedClass, type Actor } from "./access";
import { goalProgress, latestAnswers, type GoalProgress } from "./goal";
import { assignableSetWhere } from "../content/library";
import { STUDYABLE_QUESTION } from "../content/studyable";

/** `dueAt` is an instant; `timeZone` the IANA zone the teacher chose it in (shown beside it to viewers elsewhere). Goals are 0–1. */
/** An assignment's terms as pages show them (Prisma select): its set is selected by each caller. */
export const ASSIGNMENT_TERMS = {
  id: true,
  dueAt: true,
  timeZone: true,
  goalAccuracy: true,
  goalCoverage: true,
} as const;

export type AssignInput = {
  setIds: string[];
  dueAt: Date;
  timeZone: string;
  goalAccuracy: number;
  goalCoverage: number;
};

/**
 * Assigns the sets `input.setIds` to the class `classId` of the acting teacher. A teacher may assign the
 * library's sets (public and published) and their own published sets, nothing else
 * (lib/content/library.ts assignableSetWhere). Throws AppError "sign-in" / "teachers-only" / "not-found"
 * for a class that is not theirs, and "set-unavailable" (on the field setIds) when any set is a draft,
 * archived, another teacher's set that is not public, or no set at all.
 */
export async function assignSets(actor: Actor, classId: string, input: AssignInput) {
  const classroom = await ownedClass(actor, classId);
  const sets = await db.questionSet.findMany({
    where: { id: { in: input.setIds }, ...assignableSetWhere(classroom.teacherId) },
    select: { id: true },
  });
  if (sets.length !== new Set(input.setIds).size) throw new AppError("set-unavailable", { field: "setIds" });
  await db.assignment.createMany({
    data: sets.map((s) => ({
      classroomId: classId,
      setId: s.id,
      dueAt: input.dueAt,
      timeZone: input.timeZone,
      goalAccuracy: input.goalAccuracy,
      goalCoverage: input.goalCoverage,
    })),
  });
}

export async function removeAssignment(actor: Actor, classId: string, assignmentId: string): Promise<void> {
  await ownedClass(actor, classId);
  await db.assignment.deleteMany({ where: { id: assignmentId, classroomId: classId } });
}

export type StudentAssignment = {
  id: string;
  className: string;
  set: { id: string; title: string };
  dueAt: Date;
  /** The zone the teacher set the due moment in. */
  timeZone: string;
  goalAccuracy: number;
  goalCoverage: number;
  progress: GoalProgress;
  overdue: boolean;
};

/** The student's assignments, soonest due first; overdue means the due instant has passed with the goal unmet. */
export async function studentAssignments(actor: Actor, now = new Date()): Promise<StudentAssignment[]> {
  const student = requireAccount(actor);
  const assignments = await db.assignment.findMany({
    where: {
      classroom: { archivedAt: null, memberships: { some: { userId: student.id } } },
      // A set its teacher took back to a draft cannot be read (lib/content/set-access.ts), so is not listed.
      set: { archivedAt: null, publishedAt: { not: null } },
    },
    orderBy: { dueAt: "asc" },
    select: {
      ...ASSIGNMENT_TERMS,
      classroom: { select: { name: true } },
      set: { select: { id: true, title: true, questions: { where: STUDYABLE_QUESTION, select: { id: true } } } },
    },
  });
  const setIds = [...new Set(assignments.map((a) => a.set.id))];
  const reviews = await db.review.findMany({
    where: { userId: student.id, setId: { in: setIds }, undoneAt: null, mode: "SCHEDULED" },
    select: { userId: true, questionId: true, correct: true, rating: true, answer: true, reviewedAt: true },
  });
  const latest = latestAnswers(reviews);
  return assignments.map((a) => {
    const progress = goalProgress(
      student.id,
      a.set.questions.map((q) => q.id),
      latest,
      a,
    );
    return {
      id: a.id,
      className: a.classroom.name,
      set: { id: a.set.id, title: a.set.title },
      dueAt: a.dueAt,
      timeZone: a.timeZone,
      goalAccuracy: a.goalAccuracy,
      goalCoverage: a.goalCoverage,
      progress,
      overdue: !progress.met && a.dueAt < now,
    };
  });
}
