// A teacher's own question sets as their home lists them: drafts and published, with their size.
import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer";
import { db } from "../db/client";

export type TeacherSet = {
  id: string;
  title: string;
  visibility: "PRIVATE" | "LINK" | "PUBLIC";
  /** Null while a draft. */
  publishedAt: Date | null;
  /** Questions not removed (archived). */
  questions: number;
  /** Of those, how many are held from study (a citation missing, to check or orphaned: Question.heldAt). */
  held: number;
};

/**
 * The sets `viewer` owns that are not archived, most recently changed first: drafts and published alike.
 * Two reads. Throws AppError "sign-in" or "teachers-only" (lib/auth/require.ts).
 */
export async function teacherSets(viewer: Viewer | null): Promise<TeacherSet[]> {
  const teacher = requireTeacher(viewer);
  const sets = await db.questionSet.findMany({
    where: { ownerId: teacher.id, archivedAt: null },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      visibility: true,
      publishedAt: true,
      _count: { select: { questions: { where: { archivedAt: null } } } },
    },
  });
  if (sets.length === 0) return [];
  const held = await db.question.groupBy({
    by: ["setId"],
    where: { setId: { in: sets.map((s) => s.id) }, archivedAt: null, heldAt: { not: null } },
    _count: { _all: true },
  });
  const heldBySet = new Map(held.map((h) => [h.setId, h._count._all]));
  return sets.map(({ _count, ...set }) => ({ ...set, questions: _count.questions, held: heldBySet.get(set.id) ?? 0 }));
}
