// A person's settings for one set: today only the daily limit of new questions, which the queue reads
// (lib/study/queue.ts, newPerDay).
import "server-only";
import type { Viewer } from "../auth/viewer";
import { readableSet } from "../content/set-access";
import { db } from "../db/client";

/**
 * Sets `viewer`'s daily limit of new questions in set `setId` to `newPerDay` (a whole number, already
 * checked to be 0–500 by the form's schema). Throws AppError "not-found" when there is no such set, it
 * was archived, or the viewer may not read it (lib/content/set-access.ts).
 */
export async function setNewPerDay(viewer: Viewer, setId: string, newPerDay: number): Promise<void> {
  await readableSet(viewer, setId);
  await db.studySetting.upsert({
    where: { userId_setId: { userId: viewer.id, setId } },
    create: { userId: viewer.id, setId, newPerDay },
    update: { newPerDay },
  });
}
