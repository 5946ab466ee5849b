// A card's scheduling state as stored in the review log (stateBefore/stateAfter), so undo can
// restore it exactly. The fields are the card's scheduling columns, from the one list of them
// (lib/db/direct/columns.ts) that the hand-written statements also use.
import type { CardState } from "../srs/scheduler";
import { CARD_STATE_COLUMNS, selectOf } from "../db/direct/columns";

/** The scheduling columns as Prisma's `select`. */
export const CARD_STATE_FIELDS = selectOf(CARD_STATE_COLUMNS);

/** The scheduling fields only, in a fixed order: a card row passed in leaves its id and version out. */
export function toSnapshot(state: CardState): string {
  return JSON.stringify(Object.fromEntries(CARD_STATE_COLUMNS.map((field) => [field, state[field]])));
}

export function fromSnapshot(json: string): CardState {
  const raw = JSON.parse(json) as Omit<CardState, "due" | "lastReview"> & { due: string; lastReview: string | null };
  return { ...raw, due: new Date(raw.due), lastReview: raw.lastReview ? new Date(raw.lastReview) : null };
}
