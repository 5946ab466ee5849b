import { fromSnapshot } from "../../study/snapshot";
import { directSql, one, run, type Statement } from "./driver";
import { setCardState } from "./set-card-state";

const LAST_ANSWER = `SELECT "id", "questionId", "stateBefore" FROM "Review" WHERE "userId" = ? AND "setId" = ? AND "undoneAt" IS NULL AND "mode" = 'SCHEDULED'
  ORDER BY "reviewedAt" DESC, "id" DESC LIMIT 1`;
const DELETE_CARD = `DELETE FROM "Card" WHERE "userId" = ? AND "questionId" = ?`;
const MARK_UNDONE = `UPDATE "Review" SET "undoneAt" = ? WHERE "id" = ?`;

/**
 * Takes back the learner's last scheduled answer in a set, in one transaction: the card set back to the
 * review's stateBefore (deleted when the answer created it) and the review marked undone at `now`. Answers
 * the question taken back, or null when there is no answer to undo.
 */
export function undoLastAnswer(userId: string, setId: string, now: Date): Promise<{ questionId: string } | null> {
  return directSql().transaction(function* (): Generator<Statement, { questionId: string } | null, unknown> {
    const review = (yield one(LAST_ANSWER, userId, setId)) as
      { id: string; questionId: string; stateBefore: string | null } | undefined;
    if (!review) return null;
    const card = { userId, questionId: review.questionId };
    if (review.stateBefore) yield setCardState(fromSnapshot(review.stateBefore), now, card);
    else yield run(DELETE_CARD, userId, review.questionId);
    yield run(MARK_UNDONE, now, review.id);
    return { questionId: review.questionId };
  });
}
