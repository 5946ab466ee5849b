import type { Database } from "../prisma-client";

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/**
 * Inside the set editor's Prisma transaction (lib/authoring/questions.ts): a question whose answer its teacher
 * changed starts afresh for every learner, so their scheduling cards for it are deleted; the review log stays
 * (reports keep what was answered). Returns how many cards went. On Prisma, not the driver: it is part of the
 * editor's transaction.
 */
export async function resetQuestionCards(tx: Tx, questionId: string): Promise<number> {
  return (await tx.card.deleteMany({ where: { questionId } })).count;
}
