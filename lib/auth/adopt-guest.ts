// A guest who signs in to an account, however they sign in (password, email link, OAuth), brings what
// they studied as a guest: the one merge every way in calls.
import { db } from "../db/client";
import { lockForWrite } from "../db/row-locks";
import { moveGuestStudy } from "../db/direct/adopt-guest-study";

/** What adoptGuest moved: cards kept from the guest, cards dropped as older duplicates, reviews moved. */
export type Adopted = { cards: number; droppedCards: number; reviews: number };

const NOTHING: Adopted = { cards: 0, droppedCards: 0, reviews: 0 };

/**
 * Moves a guest's cards, reviews, study settings and class memberships to the account `accountId`, then
 * deletes the guest, in one transaction. Where both have a card for the same question, the one reviewed
 * most recently (Card.lastReview; never reviewed counts as oldest, a tie keeps the account's) stays and
 * the other is deleted; every review of both stays in the review log. A study setting or membership
 * the account already has is kept as the account's, and so is its time zone; an account with no zone yet
 * takes the guest's (the guest's browser told us, the account's may never have). Does nothing when `guestId` is the account itself
 * or is not a guest (so a replayed call cannot merge two real accounts).
 */
export async function adoptGuest(guestId: string, accountId: string): Promise<Adopted> {
  if (guestId === accountId) return NOTHING;
  return db.$transaction(async (tx) => {
    // It reads and then writes: on SQLite, take the write lock before the first read (lib/db/row-locks.ts).
    await lockForWrite(tx);
    const guest = await tx.user.findUnique({ where: { id: guestId }, select: { isGuest: true, timeZone: true } });
    const account = await tx.user.findUnique({ where: { id: accountId }, select: { id: true, timeZone: true } });
    if (!guest?.isGuest || !account) return NOTHING;
    if (!account.timeZone && guest.timeZone)
      await tx.user.update({ where: { id: accountId }, data: { timeZone: guest.timeZone } });

    // Cards and reviews are written only in lib/db/direct/ (a lint rule): the one merge of them is there.
    const moved = await moveGuestStudy(tx, guestId, accountId);

    const settings = await tx.studySetting.findMany({ where: { userId: accountId }, select: { setId: true } });
    await tx.studySetting.deleteMany({ where: { userId: guestId, setId: { in: settings.map((s) => s.setId) } } });
    await tx.studySetting.updateMany({ where: { userId: guestId }, data: { userId: accountId } });

    const memberships = await tx.membership.findMany({ where: { userId: accountId }, select: { classroomId: true } });
    await tx.membership.deleteMany({
      where: { userId: guestId, classroomId: { in: memberships.map((m) => m.classroomId) } },
    });
    await tx.membership.updateMany({ where: { userId: guestId }, data: { userId: accountId } });

    await tx.user.delete({ where: { id: guestId } });
    return moved;
  });
}
