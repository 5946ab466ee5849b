// "Draft questions from this article": a new draft set on one article (the teacher's own or the library's),
// opened on its drafts page. The set is an ordinary draft (lib/authoring/sets.ts createSet).
import "server-only";
import { createSet, SET_TITLE_MAX } from "../authoring/sets";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";

/**
 * Creates a private draft set titled "Questions on <article title>" (cut to the title limit) that draws on the
 * article `articleId`: { id }. Throws AppError "sign-in", "teachers-only", "not-found" (an archived article, or
 * another teacher's).
 */
export async function startDraftSet(viewer: Viewer | null, articleId: string): Promise<{ id: string }> {
  const teacher = requireTeacher(viewer);
  const article = await db.article.findFirst({
    where: { id: articleId, archivedAt: null, OR: [{ ownerId: teacher.id }, { ownerId: null }] },
    select: { id: true, title: true },
  });
  if (!article) throw new AppError("not-found");
  const title = `Questions on ${article.title}`;
  return createSet(teacher, {
    title: title.length > SET_TITLE_MAX ? `${title.slice(0, SET_TITLE_MAX - 1).trimEnd()}…` : title,
    description: "",
    articleIds: [article.id],
  });
}

/** Whether `viewer` may draft questions from the article `articleId` (a teacher; their own article or the library's). */
export async function mayDraftFrom(viewer: Viewer | null, articleId: string): Promise<boolean> {
  if (!viewer || viewer.isGuest || viewer.role !== "TEACHER") return false;
  const count = await db.article.count({
    where: { id: articleId, archivedAt: null, OR: [{ ownerId: viewer.id }, { ownerId: null }] },
  });
  return count > 0;
}
