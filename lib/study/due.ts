// The due-items query: a learner's cards in a set that are due by a moment, soonest first, skipping
// questions removed from the content. Served by the Card index (userId, setId, due). Free of
// "server-only" so the benchmark can time the very query the study page runs.
import type { Database } from "../prisma-client";

export const dueCardsWhere = (userId: string, setId: string, by: Date) =>
  ({ userId, setId, due: { lte: by }, question: { archivedAt: null } }) as const;

export const STUDY_ITEM_SELECT = { id: true, type: true, prompt: true, choices: true } as const;

/** The first due card's question, or null. */
export function firstDueQuestion(db: Database, userId: string, setId: string, by: Date) {
  return db.card.findFirst({
    where: dueCardsWhere(userId, setId, by),
    orderBy: { due: "asc" },
    select: { question: { select: STUDY_ITEM_SELECT } },
  });
}
