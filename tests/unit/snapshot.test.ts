// The review log's card snapshots: exactly the scheduling state, so undo restores it and nothing else.
import { describe, expect, it } from "vitest";
import { newCardState, schedule } from "../../lib/srs/scheduler";
import { fromSnapshot, toSnapshot } from "../../lib/study/snapshot";

describe("card snapshots", () => {
  it("round-trip the scheduling state, dates included", () => {
    const state = schedule(newCardState(new Date("2026-11-23T09:00:00Z")), 3, new Date("2026-11-23T09:00:00Z"));
    expect(fromSnapshot(toSnapshot(state))).toEqual(state);
  });

  it("leave out a card row's id and version", () => {
    const row = { id: "card-1", version: 4, ...newCardState(new Date("2026-11-23T09:00:00Z")) };
    const json = JSON.parse(toSnapshot(row));
    expect(Object.keys(json)).toEqual([
      "due",
      "stability",
      "difficulty",
      "elapsedDays",
      "scheduledDays",
      "learningSteps",
      "reps",
      "lapses",
      "state",
      "lastReview",
    ]);
  });
});
