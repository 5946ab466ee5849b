// A card's scheduling state as stored in the review log (stateBefore/stateAfter), so undo can
// restore it exactly.
import type { CardState } from "../srs/scheduler";

export const CARD_STATE_FIELDS = {
  due: true, stability: true, difficulty: true, elapsedDays: true, scheduledDays: true,
  learningSteps: true, reps: true, lapses: true, state: true, lastReview: true,
} as const;

/** The scheduling fields only, in a fixed order: a card row passed in leaves its id and version out. */
export function toSnapshot(state: CardState): string {
  const fields = Object.keys(CARD_STATE_FIELDS) as (keyof typeof CARD_STATE_FIELDS)[];
  return JSON.stringify(Object.fromEntries(fields.map((field) => [field, state[field]])));
}

export function fromSnapshot(json: string): CardState {
  const raw = JSON.parse(json) as Omit<CardState, "due" | "lastReview"> & { due: string; lastReview: string | null };
  return { ...raw, due: new Date(raw.due), lastReview: raw.lastReview ? new Date(raw.lastReview) : null };
}
