import type { Database } from "../prisma-client";

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/**
 * Inside adoptGuest's Prisma transaction (lib/auth/adopt-guest.ts): moves the guest's cards and reviews to the
 * account. Where both have a card for the same question, the one reviewed most recently (Card.lastReview;
 * never reviewed counts as oldest, a tie keeps the account's) stays and the other is deleted; every review
 * of both stays in the review log. On Prisma, not the driver: it is part of a larger transaction of Prisma's
 * and runs once per sign-in.
 */
export async function moveGuestStudy(
  tx: Tx,
  guestId: string,
  accountId: string,
): Promise<{ cards: number; droppedCards: number; reviews: number }> {
  const guestCards = await tx.card.findMany({
    where: { userId: guestId },
    select: { id: true, questionId: true, lastReview: true },
  });
  const theirs = await tx.card.findMany({
    where: { userId: accountId, questionId: { in: guestCards.map((c) => c.questionId) } },
    select: { id: true, questionId: true, lastReview: true },
  });
  const accountCard = new Map(theirs.map((c) => [c.questionId, c]));
  const losers: string[] = [];
  for (const card of guestCards) {
    const other = accountCard.get(card.questionId);
    if (!other) continue;
    const guestNewer = (card.lastReview?.getTime() ?? -Infinity) > (other.lastReview?.getTime() ?? -Infinity);
    losers.push(guestNewer ? other.id : card.id);
  }
  if (losers.length > 0) await tx.card.deleteMany({ where: { id: { in: losers } } });
  const cards = await tx.card.updateMany({ where: { userId: guestId }, data: { userId: accountId } });
  const reviews = await tx.review.updateMany({ where: { userId: guestId }, data: { userId: accountId } });
  return { cards: cards.count, droppedCards: losers.length, reviews: reviews.count };
}
