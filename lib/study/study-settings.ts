// A person's settings for one set: today only the daily limit of new questions, which the queue reads
// (lib/study/queue.ts, newPerDay).
import "server-only";
import type { Viewer } from "../auth/viewer";
import { getSet } from "../content/sets";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";

/**
 * Sets `viewer`'s daily limit of new questions in set `setId` to `newPerDay` (a whole number, already
 * checked to be 0–500 by the form's schema). Throws AppError "not-found" when there is no such set (or it
 * was archived).
 */
export async function setNewPerDay(viewer: Viewer, setId: string, newPerDay: number): Promise<void> {
  if (!(await getSet(setId))) throw new AppError("not-found");
  await db.studySetting.upsert({
    where: { userId_setId: { userId: viewer.id, setId } },
    create: { userId: viewer.id, setId, newPerDay },
    update: { newPerDay },
  });
}
