// A teacher's own articles and sets: every authoring read and write starts here, so no page, action or
// route can forget the check. Another teacher's content, the library's, and an archived row all look
// like content that does not exist (AppError "not-found"), as lib/classes/access.ts does for classes.
import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer";
import { db } from "../db/client";
import { selectOwnedSet } from "../db/direct/owned-set";
import { AppError } from "../errors/app-error";

/**
 * The article `articleId`, if `viewer` is the teacher who owns it and it is not archived: { id, ownerId, title }.
 * Throws AppError "sign-in" (nobody, a guest), "teachers-only" (a student) or "not-found".
 */
export async function ownedArticle(viewer: Viewer | null, articleId: string) {
  const teacher = requireTeacher(viewer);
  const article = await db.article.findFirst({
    where: { id: articleId, ownerId: teacher.id, archivedAt: null },
    select: { id: true, ownerId: true, title: true },
  });
  if (!article) throw new AppError("not-found");
  return { ...article, ownerId: teacher.id };
}

/**
 * The question set `setId`, if `viewer` is the teacher who owns it and it is not archived:
 * { id, ownerId, title, description, publishedAt, visibility }. Throws as ownedArticle.
 */
export async function ownedSet(viewer: Viewer | null, setId: string) {
  const teacher = requireTeacher(viewer);
  const set = await selectOwnedSet(teacher.id, setId);
  if (!set) throw new AppError("not-found");
  return { ...set, ownerId: teacher.id };
}
