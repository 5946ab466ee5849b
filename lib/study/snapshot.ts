// A card's scheduling state as stored in the review log (stateBefore/stateAfter), so undo can
// restore it exactly.
import type { CardState } from "../srs/scheduler";

export const CARD_STATE_FIELDS = {
  due: true, stability: true, difficulty: true, elapsedDays: true, scheduledDays: true,
  learningSteps: true, reps: true, lapses: true, state: true, lastReview: true,
} as const;

export function toSnapshot(state: CardState): string {
  return JSON.stringify(state);
}

export function fromSnapshot(json: string): CardState {
  const raw = JSON.parse(json) as Omit<CardState, "due" | "lastReview"> & { due: string; lastReview: string | null };
  return { ...raw, due: new Date(raw.due), lastReview: raw.lastReview ? new Date(raw.lastReview) : null };
}
