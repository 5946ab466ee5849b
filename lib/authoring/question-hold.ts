// A teacher's question is studied only while every citation it has is sound: one with no citation, or
// with a citation to check or orphaned after an article edit, is held (Question.heldAt) and hidden from
// study and practice (lib/content/studyable.ts) until the teacher fixes it. Every write that changes a
// question's citations ends by calling refreshHolds in the same transaction.
import type { Database } from "../db/prisma-client";

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** Citation statuses that hold their question back from study. */
export const HOLDING_STATUSES = ["CHECK", "ORPHANED"] as const;

/**
 * Sets or clears Question.heldAt for each of `questionIds` (archived ones too) from its citations now: held
 * when it has none or any is CHECK or ORPHANED. A question already held keeps its first `heldAt`; `now`
 * stamps new holds. Returns the ids held after the call.
 */
export async function refreshHolds(
  tx: Tx | Database,
  questionIds: readonly string[],
  now = new Date(),
): Promise<string[]> {
  if (questionIds.length === 0) return [];
  const questions = await tx.question.findMany({
    where: { id: { in: [...questionIds] } },
    select: { id: true, heldAt: true, citations: { select: { status: true } } },
  });
  const held: string[] = [];
  const toHold: string[] = [];
  const toRelease: string[] = [];
  for (const q of questions) {
    const hold =
      q.citations.length === 0 || q.citations.some((c) => (HOLDING_STATUSES as readonly string[]).includes(c.status));
    if (hold) held.push(q.id);
    if (hold && !q.heldAt) toHold.push(q.id);
    if (!hold && q.heldAt) toRelease.push(q.id);
  }
  if (toHold.length > 0) await tx.question.updateMany({ where: { id: { in: toHold } }, data: { heldAt: now } });
  if (toRelease.length > 0) await tx.question.updateMany({ where: { id: { in: toRelease } }, data: { heldAt: null } });
  return held;
}
