// Who may touch class data. Every class function takes the acting learner and checks here first, so
// no page, action or route can forget; a class that is not yours looks the same as one that does not exist.
import "server-only";
import { db } from "../db/client";
import type { Viewer } from "../auth/session";

export class AccessDenied extends Error {
  constructor(readonly reason: "sign-in" | "not-found" | "teachers-only") {
    super(reason === "sign-in" ? "Sign in first." : reason === "teachers-only" ? "Only teachers can do that." : "Not found.");
  }
}

export type Actor = Viewer | null;

export function requireAccount(actor: Actor): Viewer {
  if (!actor || actor.isGuest) throw new AccessDenied("sign-in");
  return actor;
}

export function requireTeacher(actor: Actor): Viewer {
  const account = requireAccount(actor);
  if (account.role !== "TEACHER") throw new AccessDenied("teachers-only");
  return account;
}

/** The class, if the actor is the teacher who owns it. */
export async function ownedClass(actor: Actor, classId: string) {
  const teacher = requireTeacher(actor);
  const classroom = await db.classroom.findFirst({ where: { id: classId, teacherId: teacher.id, archivedAt: null } });
  if (!classroom) throw new AccessDenied("not-found");
  return classroom;
}
