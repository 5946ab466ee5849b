// Who may touch class data. Every class function takes the acting viewer and checks here first, so
// no page, action or route can forget; a class that is not yours looks the same as one that does not exist.
// A refusal is an AppError "sign-in", "teachers-only" or "not-found", translated where the request came in.
import "server-only";
import { db } from "../db/client";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/session";
import { AppError } from "../errors/app-error";

export type Actor = Viewer | null;

/** The class, if the actor is the teacher who owns it. */
export async function ownedClass(actor: Actor, classId: string) {
  const teacher = requireTeacher(actor);
  const classroom = await db.classroom.findFirst({ where: { id: classId, teacherId: teacher.id, archivedAt: null } });
  if (!classroom) throw new AppError("not-found");
  return classroom;
}
