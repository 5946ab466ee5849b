// Who may read a question set (its questions, its download): the one check, as lib/classes/access.ts is for
// classes. A set one may not read looks the same as a set that does not exist.
import "server-only";
import type { Viewer } from "../auth/viewer";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";

export type ReadableSet = {
  id: string;
  ownerId: string | null;
  title: string;
  visibility: "PRIVATE" | "LINK" | "PUBLIC";
  publishedAt: Date | null;
  isOwner: boolean;
};

/**
 * The set `setId`, if `viewer` may read it: its owner always (a draft too); anyone else only once it is
 * published, and then when it is PUBLIC (the library's sets are), shared by LINK, or PRIVATE with the viewer
 * a member of a class (not archived) it is assigned to. `viewer` null is someone signed out.
 * Throws AppError "not-found" for an archived set, an unknown one, or one the viewer may not read.
 */
export async function readableSet(viewer: Viewer | null, setId: string): Promise<ReadableSet> {
  const set = await db.questionSet.findFirst({
    where: { id: setId, archivedAt: null },
    select: { id: true, ownerId: true, title: true, visibility: true, publishedAt: true },
  });
  if (!set) throw new AppError("not-found");
  const isOwner = viewer !== null && set.ownerId !== null && set.ownerId === viewer.id;
  if (isOwner) return { ...set, isOwner };
  if (!set.publishedAt) throw new AppError("not-found");
  if (set.visibility === "PRIVATE") {
    const assigned =
      viewer &&
      (await db.assignment.findFirst({
        where: { setId, classroom: { archivedAt: null, memberships: { some: { userId: viewer.id } } } },
        select: { id: true },
      }));
    if (!assigned) throw new AppError("not-found");
  }
  return { ...set, isOwner };
}
