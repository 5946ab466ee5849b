// "Signed in, not a guest" and "a teacher", checked in one place: the action pipeline's access rule
// (lib/actions/run-action.ts) and the class domain (lib/classes/access.ts) both call these.
import "server-only";
import { AppError } from "../errors/app-error";
import type { Viewer } from "./viewer";

/**
 * The viewer, if they have an account (signed in, not a guest). Throws AppError "sign-in" otherwise,
 * with `message` instead of the code's when given (e.g. "Sign in to change your password.").
 */
export function requireAccount(viewer: Viewer | null, message?: string): Viewer {
  if (!viewer || viewer.isGuest) throw new AppError("sign-in", { message });
  return viewer;
}

/**
 * The viewer, if they are a teacher. Throws AppError "sign-in" for nobody or a guest, "teachers-only"
 * for a student; `message` replaces either code's message when given.
 */
export function requireTeacher(viewer: Viewer | null, message?: string): Viewer {
  const account = requireAccount(viewer, message);
  if (account.role !== "TEACHER") throw new AppError("teachers-only", { message });
  return account;
}
