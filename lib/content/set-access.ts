// Who may read a question set or an article: the one read rule, applied to every read and write a learner
// makes on a set (its page, study, answers, practice, flashcards, articles, progress, the home list) and to
// what a teacher may assign or copy. A set that may not be read looks like one that does not exist.
//
// The rule: a set's owner may always read it (drafts too, to preview). Anyone else only once it is
// published, and then when it is public (the library: content/'s sets are ownerless, public and published),
// shared by link (anyone with its address), or, when private, assigned to a class they belong to that is
// not archived. An article is readable when it is the library's, its reader's own, or cited by a set they
// may read. The same rule is written in SQL for the paths on the driver (lib/db/direct/readable-set.ts).
// Server code only (it reads the database), without "server-only": the study and practice pages are on the
// Pages Router, which refuses it.
import type { Viewer } from "../auth/viewer";
import { selectReadableSet } from "../db/direct/readable-set";
import type { Prisma } from "../generated/sqlite/client";
import { AppError } from "../errors/app-error";

export type Visibility = "PRIVATE" | "LINK" | "PUBLIC";

/** The message of a set that is not there or may not be read: the same words for both, so neither tells. */
export const NO_SUCH_SET = "There is no such set, or it is not shared with you.";

/** A set its viewer may read, as readableSet returns it. */
export type ReadableSet = {
  id: string;
  ownerId: string | null;
  title: string;
  visibility: Visibility;
  publishedAt: Date | null;
  isOwner: boolean;
};

/**
 * The set `setId` if `viewer` (null: signed out) may read it, by the rule above; `isOwner` when the viewer
 * made it. One statement on the driver, never cached: access is per viewer, while the set's content is
 * cached per set (lib/content/sets.ts). Throws AppError "not-found" when there is no such set, it is
 * archived, or the viewer may not read it: the three look the same.
 */
export async function readableSet(viewer: Viewer | null, setId: string): Promise<ReadableSet> {
  const row = await selectReadableSet(viewer?.id ?? null, setId);
  if (!row || !Number(row.readable)) throw new AppError("not-found", { message: NO_SUCH_SET });
  return {
    id: row.id,
    ownerId: row.ownerId,
    title: row.title,
    visibility: row.visibility,
    // On SQLite the driver gives the stored ISO text, on PostgreSQL a Date.
    publishedAt: row.publishedAt === null ? null : new Date(row.publishedAt),
    isOwner: viewer !== null && row.ownerId === viewer.id,
  };
}

/** readableSet, or null where the set may not be read (for pages that show a "not found" of their own). */
export async function readableSetOrNull(viewer: Viewer | null, setId: string): Promise<ReadableSet | null> {
  try {
    return await readableSet(viewer, setId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not-found") return null;
    throw error;
  }
}

/**
 * The read rule as a Prisma `where` on QuestionSet, for lists: live sets `viewerId` (null: signed out) may
 * read. Must say what lib/db/direct/readable-set.ts says in SQL.
 */
export function readableSetWhere(viewerId: string | null): Prisma.QuestionSetWhereInput {
  const published = { publishedAt: { not: null } };
  const anyone: Prisma.QuestionSetWhereInput[] = [{ ...published, visibility: { in: ["LINK", "PUBLIC"] } }];
  const mine: Prisma.QuestionSetWhereInput[] = viewerId
    ? [
        { ownerId: viewerId },
        {
          ...published,
          assignments: {
            some: { classroom: { archivedAt: null, memberships: { some: { userId: viewerId } } } },
          },
        },
      ]
    : [];
  return { archivedAt: null, OR: [...anyone, ...mine] };
}

/** The library: public, published, live sets (content/'s, and teachers' made public). */
export const LIBRARY_SET = { archivedAt: null, visibility: "PUBLIC", publishedAt: { not: null } } as const;

/**
 * The read rule for articles as a Prisma `where`: live articles that are the library's, `viewerId`'s own,
 * or cited by (linked to, SetArticle) a set they may read.
 */
export function readableArticleWhere(viewerId: string | null): Prisma.ArticleWhereInput {
  return {
    archivedAt: null,
    OR: [
      { ownerId: null },
      ...(viewerId ? [{ ownerId: viewerId }] : []),
      { sets: { some: { set: readableSetWhere(viewerId) } } },
    ],
  };
}
