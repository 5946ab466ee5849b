import type { CardState } from "../../srs/scheduler";
import { assignments, CARD_STATE_COLUMNS, cardStateValues } from "./columns";
import { run, type Statement } from "./driver";

const SET_STATE = `${assignments(CARD_STATE_COLUMNS)}, "version" = "version" + 1, "updatedAt" = ?`;
const BY_ID = `UPDATE "Card" SET ${SET_STATE} WHERE "id" = ? AND "version" = ?`;
const BY_QUESTION = `UPDATE "Card" SET ${SET_STATE} WHERE "userId" = ? AND "questionId" = ?`;

/**
 * The statement (for a transaction of the operations beside it) that sets a card's scheduling state and
 * moves its version on: by id at a known version (none changed when another write moved it on first), or by
 * learner and question. Its result is the number of cards changed, 0 or 1.
 */
export function setCardState(
  state: CardState,
  now: Date,
  where: { id: string; version: number } | { userId: string; questionId: string },
): Statement {
  const values = [...cardStateValues(state), now];
  if ("userId" in where) return run(BY_QUESTION, ...values, where.userId, where.questionId);
  return run(BY_ID, ...values, where.id, where.version);
}
