import type { Database } from "../prisma-client";

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/**
 * Inside content sync's Prisma transaction (lib/content/sync.ts): a question moved to the set `setId` takes
 * its learners' scheduling cards along. On Prisma, not the driver: it is part of the sync's transaction.
 */
export function moveQuestionCards(tx: Tx, questionId: string, setId: string) {
  return tx.card.updateMany({ where: { questionId, setId: { not: setId } }, data: { setId } });
}
