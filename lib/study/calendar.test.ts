import { describe, expect, it } from "vitest";
import { dayKey, yearOfDays } from "./calendar";

describe("yearOfDays", () => {
  const now = new Date(2026, 10, 23, 15, 30); // a Monday
  it("covers whole weeks from a Sunday up to today", () => {
    const days = yearOfDays(new Map(), now);
    expect(days[0].day.getDay()).toBe(0);
    expect(dayKey(days.at(-1)!.day)).toBe(dayKey(now));
    expect(days.length).toBe(365 + 1);
  });
  it("places each count on its day", () => {
    const days = yearOfDays(new Map([[dayKey(now), 4], ["2026-11-1", 2]]), now);
    expect(days.at(-1)!.count).toBe(4);
    expect(days.find((d) => dayKey(d.day) === "2026-11-1")!.count).toBe(2);
    expect(days.reduce((sum, d) => sum + d.count, 0)).toBe(6);
  });
});
