// Classes: a teacher creates one and shares its join code or link; students join; the teacher sees the
// roster, can remove a student, and can replace the code (the old one stops working at once).
import "server-only";
import { db } from "../db/client";
import { requireAccount, requireTeacher } from "../auth/require";
import { ownedClass, type Actor } from "./access";
import { AppError } from "../errors/app-error";
import { ASSIGNMENT_TERMS } from "./assignments";
import { newJoinCode, normalizeJoinCode } from "./join-code";

async function uniqueCode(): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const code = newJoinCode();
    if (!(await db.classroom.findUnique({ where: { joinCode: code }, select: { id: true } }))) return code;
  }
  throw new Error("could not find a free join code");
}

export async function createClass(actor: Actor, name: string) {
  const teacher = requireTeacher(actor);
  return db.classroom.create({ data: { name: name.trim(), teacherId: teacher.id, joinCode: await uniqueCode() } });
}

export async function teacherClasses(actor: Actor) {
  const teacher = requireTeacher(actor);
  return db.classroom.findMany({
    where: { teacherId: teacher.id, archivedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, joinCode: true, _count: { select: { memberships: true, assignments: true } } },
  });
}

/** A class with its roster and assignments, for its teacher. */
export async function classDetail(actor: Actor, classId: string) {
  const classroom = await ownedClass(actor, classId);
  const [students, assignments] = await Promise.all([
    db.membership.findMany({
      where: { classroomId: classId },
      orderBy: { user: { name: "asc" } },
      select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db.assignment.findMany({
      where: { classroomId: classId },
      orderBy: { dueAt: "asc" },
      select: {
        ...ASSIGNMENT_TERMS,
        set: { select: { id: true, title: true } },
      },
    }),
  ]);
  return { ...classroom, students: students.map((m) => ({ ...m.user, joinedAt: m.joinedAt })), assignments };
}

export async function regenerateJoinCode(actor: Actor, classId: string): Promise<string> {
  await ownedClass(actor, classId);
  const joinCode = await uniqueCode();
  await db.classroom.update({ where: { id: classId }, data: { joinCode } });
  return joinCode;
}

export async function removeStudent(actor: Actor, classId: string, studentId: string): Promise<void> {
  await ownedClass(actor, classId);
  await db.membership.deleteMany({ where: { classroomId: classId, userId: studentId } });
}

/** What a join link shows before joining: the class's name and teacher. Null for an unknown code. */
export async function classForCode(input: string) {
  const code = normalizeJoinCode(input);
  if (!code) return null;
  return db.classroom.findFirst({
    where: { joinCode: code, archivedAt: null },
    select: { id: true, name: true, teacher: { select: { name: true } } },
  });
}

export async function joinClass(actor: Actor, input: string) {
  const student = requireAccount(actor);
  const classroom = await classForCode(input);
  if (!classroom) throw new AppError("unknown-join-code", { field: "code" });
  const owner = await db.classroom.findUnique({ where: { id: classroom.id }, select: { teacherId: true } });
  if (owner?.teacherId === student.id) throw new AppError("own-class", { field: "code" });
  await db.membership.upsert({
    where: { classroomId_userId: { classroomId: classroom.id, userId: student.id } },
    create: { classroomId: classroom.id, userId: student.id },
    update: {},
  });
  return classroom;
}

/**
 * The name of a class the actor is a member of, or null (no actor, no such class, or not theirs): what
 * the home page says after joining, looked up from the class id in its URL rather than read from it.
 */
export async function memberClassName(actor: Actor, classId: string): Promise<string | null> {
  if (!actor || !classId) return null;
  const classroom = await db.classroom.findFirst({
    where: { id: classId, archivedAt: null, memberships: { some: { userId: actor.id } } },
    select: { name: true },
  });
  return classroom?.name ?? null;
}

export async function studentClasses(actor: Actor) {
  if (!actor) throw new AppError("sign-in");
  return db.classroom.findMany({
    where: { archivedAt: null, memberships: { some: { userId: actor.id } } },
    select: { id: true, name: true, teacher: { select: { name: true } } },
  });
}
