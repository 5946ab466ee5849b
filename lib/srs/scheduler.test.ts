import { describe, expect, it } from "vitest";
import {
  formatInterval,
  GRADE_NAMES,
  GRADES,
  isRemembered,
  newCardState,
  previewIntervals,
  Rating,
  schedule,
} from "./scheduler";

const now = new Date("2026-11-23T10:00:00Z");

describe("the FSRS scheduler", () => {
  it("starts a card new and due now", () => {
    const card = newCardState(now);
    expect(card).toMatchObject({ state: 0, reps: 0, lapses: 0, due: now, lastReview: null });
  });

  it("schedules Again sooner than Good, and Good sooner than Easy", () => {
    const card = newCardState(now);
    const again = schedule(card, Rating.Again, now).due.getTime();
    const good = schedule(card, Rating.Good, now).due.getTime();
    const easy = schedule(card, Rating.Easy, now).due.getTime();
    expect(again).toBeLessThan(good);
    expect(good).toBeLessThan(easy);
  });

  it("counts a lapse when a learned card is forgotten", () => {
    let card = schedule(newCardState(now), Rating.Easy, now);
    card = schedule(card, Rating.Again, card.due);
    expect(card.lapses).toBe(1);
    expect(card.reps).toBe(2);
  });

  it("labels each grade's interval for the flashcard buttons", () => {
    const labels = previewIntervals(newCardState(now), now);
    expect(Object.keys(labels)).toHaveLength(4);
    expect(labels[Rating.Again]).toMatch(/^(<1m|\d+m)$/);
    expect(labels[Rating.Easy]).toMatch(/^\d+d$/);
  });

  it("formats intervals the way Anki does", () => {
    expect(formatInterval(20_000)).toBe("<1m");
    expect(formatInterval(10 * 60_000)).toBe("10m");
    expect(formatInterval(5 * 3600_000)).toBe("5h");
    expect(formatInterval(3 * 86400_000)).toBe("3d");
    expect(formatInterval(90 * 86400_000)).toBe("3mo");
    expect(formatInterval(400 * 86400_000)).toBe("1.1y");
  });
});

describe("grades", () => {
  it("names each grade as FSRS does, in order", () => {
    expect(GRADES.map((grade) => GRADE_NAMES[grade])).toEqual(["Again", "Hard", "Good", "Easy"]);
  });

  it("counts every grade but Again as remembered", () => {
    expect(GRADES.filter(isRemembered)).toEqual([Rating.Hard, Rating.Good, Rating.Easy]);
    expect(isRemembered(Rating.Again)).toBe(false);
  });
});
