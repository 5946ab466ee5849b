// What a set's owner sees on its page besides what learners see: whether it is published, who may read it,
// and the questions hidden from study until the teacher looks at them (Question.heldAt).
import "server-only";
import type { Viewer } from "../auth/viewer";
import { db } from "../db/client";
import { ownedSet } from "./owned";

/** Why a question is held: a citation to check (found only approximately), orphaned (not found), or none. */
export type HoldReason = "check" | "orphaned" | "no-citation";

export type HeldQuestion = { id: string; prompt: string; reason: HoldReason };

export type OwnerSetView = {
  id: string;
  publishedAt: Date | null;
  visibility: "PRIVATE" | "LINK" | "PUBLIC";
  /** Live questions held from study, in the set's order. */
  held: HeldQuestion[];
};

/**
 * The owner's view of set `setId`. Throws AppError "sign-in" / "teachers-only" / "not-found" (lib/authoring/
 * owned.ts) unless `viewer` is the teacher who owns it.
 */
export async function ownerSetView(viewer: Viewer | null, setId: string): Promise<OwnerSetView> {
  const set = await ownedSet(viewer, setId);
  const held = await db.question.findMany({
    where: { setId, archivedAt: null, heldAt: { not: null } },
    orderBy: { position: "asc" },
    select: { id: true, prompt: true, citations: { select: { status: true } } },
  });
  return {
    id: set.id,
    publishedAt: set.publishedAt,
    visibility: set.visibility,
    held: held.map((q) => ({
      id: q.id,
      prompt: q.prompt,
      reason:
        q.citations.length === 0
          ? "no-citation"
          : q.citations.some((c) => c.status === "ORPHANED")
            ? "orphaned"
            : "check",
    })),
  };
}
