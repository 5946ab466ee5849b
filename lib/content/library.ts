// What the home page and the library list: the library's question sets (public and published; content/'s
// and teachers' made public), and the sets a teacher may assign. A student's privately assigned sets
// reach them through their assignments (lib/classes/assignments.ts), not here.
import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer";
import { db } from "../db/client";
import type { Prisma } from "../generated/sqlite/client";
import { LIBRARY_SET } from "./set-access";
import { STUDYABLE_QUESTION } from "./studyable";

export type SetSummary = {
  id: string;
  title: string;
  description: string;
  questionCount: number;
  /** The teacher who made it and their name; null for content/'s sets. */
  ownerId: string | null;
  ownerName: string | null;
  articles: { id: string; title: string; outlet: string | null; translationNote: string | null }[];
};

/** The library: every public, published, live set, in content order, then by title. */
export function listSets(): Promise<SetSummary[]> {
  return setSummaries(LIBRARY_SET);
}

/**
 * What `viewer` may assign to a class: the library's sets and their own published ones.
 * Throws AppError "sign-in" or "teachers-only" (lib/auth/require.ts) for anyone but a teacher.
 */
export async function assignableSets(viewer: Viewer | null): Promise<SetSummary[]> {
  const teacher = requireTeacher(viewer);
  return setSummaries(assignableSetWhere(teacher.id));
}

/** The sets teacher `teacherId` may assign (lib/classes/assignments.ts holds assigning to it). */
export function assignableSetWhere(teacherId: string): Prisma.QuestionSetWhereInput {
  return { archivedAt: null, publishedAt: { not: null }, OR: [{ visibility: "PUBLIC" }, { ownerId: teacherId }] };
}

async function setSummaries(where: Prisma.QuestionSetWhereInput): Promise<SetSummary[]> {
  const sets = await db.questionSet.findMany({
    where,
    orderBy: [{ position: "asc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      description: true,
      ownerId: true,
      owner: { select: { name: true } },
      _count: { select: { questions: { where: STUDYABLE_QUESTION } } },
      articles: { select: { article: { select: { id: true, title: true, outlet: true, translationNote: true } } } },
    },
  });
  return sets.map(({ _count, articles, owner, ...set }) => ({
    ...set,
    ownerName: owner?.name ?? null,
    questionCount: _count.questions,
    articles: articles.map((link) => link.article).sort((a, b) => (a.outlet ?? a.title).localeCompare(b.outlet ?? b.title)),
  }));
}
