// A teacher's own articles as their home lists them.
import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer";
import { db } from "../db/client";

export type TeacherArticle = { id: string; title: string; outlet: string | null; passages: number };

/**
 * The articles `viewer` owns that are not archived, most recently changed first, each with its number of
 * passages (not archived). One read. Throws AppError "sign-in" or "teachers-only" (lib/auth/require.ts).
 */
export async function teacherArticles(viewer: Viewer | null): Promise<TeacherArticle[]> {
  const teacher = requireTeacher(viewer);
  const articles = await db.article.findMany({
    where: { ownerId: teacher.id, archivedAt: null },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { id: true, title: true, outlet: true, _count: { select: { passages: { where: { archivedAt: null } } } } },
  });
  return articles.map(({ _count, ...article }) => ({ ...article, passages: _count.passages }));
}
