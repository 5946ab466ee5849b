// Study days in the learner's zone: the process's own zone (TZ) must never matter, so these run the same
// under TZ=UTC (vitest.config.ts) and TZ=Pacific/Auckland.
import { describe, expect, it } from "vitest";
import {
  addDaysToKey,
  dayRange,
  daysBetween,
  startOfStudyDay,
  studyDayOf,
  studyDayStart,
  weekdayOf,
  yearOfDays,
} from "./study-day";

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;
const taipei = { timeZone: "Asia/Taipei", rolloverHour: 4 }; // UTC+8
const newYork = { timeZone: "America/New_York", rolloverHour: 4 }; // UTC−5 in winter
const auckland = { timeZone: "Pacific/Auckland", rolloverHour: 4 }; // UTC+13 in summer
const hours = (day: string, clock: { timeZone: string; rolloverHour: number }) =>
  (studyDayStart(addDaysToKey(day, 1), clock).getTime() - studyDayStart(day, clock).getTime()) / HOUR;

describe("a study day starts at the learner's rollover hour in their own zone", () => {
  it.each([
    ["Asia/Taipei (UTC+8)", taipei, "2026-12-03T20:00:00Z"],
    ["America/New_York (UTC−5)", newYork, "2026-12-04T09:00:00Z"],
    ["Pacific/Auckland (UTC+13)", auckland, "2026-12-03T15:00:00Z"],
  ])("%s: 4 AM local on 4 December", (_zone, clock, start) => {
    expect(studyDayStart("2026-12-04", clock).toISOString()).toBe(new Date(start).toISOString());
    // The last minute before 4 AM still belongs to the day before; 4 AM starts the new one.
    expect(studyDayOf(new Date(at(start).getTime() - 60_000), clock)).toBe("2026-12-03");
    expect(studyDayOf(at(start), clock)).toBe("2026-12-04");
    expect(startOfStudyDay(new Date(at(start).getTime() + 5 * HOUR), clock).toISOString()).toBe(
      at(start).toISOString(),
    );
  });

  it("one instant is a different day for learners in different zones", () => {
    const instant = at("2026-12-04T12:00:00Z"); // 8 PM in Taipei, 7 AM in New York, 1 AM next day in Auckland
    expect(studyDayOf(instant, taipei)).toBe("2026-12-04");
    expect(studyDayOf(instant, newYork)).toBe("2026-12-04");
    // 1 AM on the 5th in Auckland is before the 4 AM rollover: still the 4th's study day.
    expect(studyDayOf(instant, auckland)).toBe("2026-12-04");
    expect(studyDayOf(instant, { ...auckland, rolloverHour: 0 })).toBe("2026-12-05");
    expect(studyDayOf(at("2026-12-04T03:00:00Z"), newYork)).toBe("2026-12-03"); // 10 PM on the 3rd in New York
  });

  it("a midnight rollover makes the study day the calendar day", () => {
    const midnight = { timeZone: "Asia/Taipei", rolloverHour: 0 };
    expect(studyDayStart("2026-12-04", midnight).toISOString()).toBe("2026-12-03T16:00:00.000Z");
    expect(studyDayOf(at("2026-12-03T16:00:00Z"), midnight)).toBe("2026-12-04");
  });
});

describe("daylight-saving changes in America/New_York, 2026", () => {
  const midnight = { timeZone: "America/New_York", rolloverHour: 0 };
  it("8 March (spring forward) is one day of 23 hours, 1 November (fall back) one day of 25", () => {
    expect(hours("2026-03-08", midnight)).toBe(23);
    expect(hours("2026-11-01", midnight)).toBe(25);
    expect(hours("2026-03-09", midnight)).toBe(24);
    // With the 4 AM rollover the 2 AM change falls in the study day before.
    expect(hours("2026-03-07", newYork)).toBe(23);
    expect(hours("2026-03-08", newYork)).toBe(24);
    expect(hours("2026-10-31", newYork)).toBe(25);
    expect(hours("2026-11-01", newYork)).toBe(24);
  });

  it.each([
    ["spring", "2026-03-05T00:00:00Z"],
    ["autumn", "2026-10-28T00:00:00Z"],
  ])(
    "hour by hour across the %s change, every day appears once, in order, none skipped or doubled",
    (_season, from) => {
      for (const clock of [midnight, newYork, { timeZone: "America/New_York", rolloverHour: 2 }]) {
        const seen: string[] = [];
        for (let t = at(from).getTime(); t < at(from).getTime() + 8 * 24 * HOUR; t += 15 * 60_000) {
          const day = studyDayOf(new Date(t), clock);
          if (seen.at(-1) !== day) seen.push(day);
        }
        expect(seen).toEqual(dayRange(seen[0], seen.length));
        expect(new Set(seen).size).toBe(seen.length);
      }
    },
  );

  it("a rollover hour the clocks skip starts the day at the first instant after the gap", () => {
    const two = { timeZone: "America/New_York", rolloverHour: 2 };
    expect(studyDayStart("2026-03-08", two).toISOString()).toBe("2026-03-08T07:00:00.000Z"); // 3 AM EDT
    expect(studyDayOf(at("2026-03-08T06:59:00Z"), two)).toBe("2026-03-07"); // 1:59 AM EST
    expect(studyDayOf(at("2026-03-08T07:00:00Z"), two)).toBe("2026-03-08");
    // A rollover hour that happens twice starts the day at the first of the two.
    const one = { timeZone: "America/New_York", rolloverHour: 1 };
    expect(studyDayStart("2026-11-01", one).toISOString()).toBe("2026-11-01T05:00:00.000Z"); // 1 AM EDT
    expect(studyDayOf(at("2026-11-01T06:30:00Z"), one)).toBe("2026-11-01"); // the second 1:30 AM (EST)
  });

  it("the heatmap's year holds each day of both changes exactly once", () => {
    const days = yearOfDays(
      new Map([
        ["2026-03-08", 3],
        ["2026-11-01", 5],
      ]),
      "2026-12-04",
    );
    const keys = days.map((d) => d.day);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k === "2026-03-08" || k === "2026-11-01")).toEqual(["2026-03-08", "2026-11-01"]);
    expect(days.find((d) => d.day === "2026-03-08")!.count).toBe(3);
    expect(days.find((d) => d.day === "2026-11-01")!.count).toBe(5);
    for (let i = 1; i < keys.length; i++) expect(daysBetween(keys[i - 1], keys[i])).toBe(1);
  });
});

describe("calendar days", () => {
  it("the heatmap covers whole weeks from a Sunday up to today", () => {
    const days = yearOfDays(new Map(), "2026-11-23"); // a Monday
    expect(weekdayOf(days[0].day)).toBe(0);
    expect(days.at(-1)!.day).toBe("2026-11-23");
    expect(days.length).toBe(365 + 1);
  });

  it("adds days across months, years and leap days by the calendar", () => {
    expect(addDaysToKey("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDaysToKey("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDaysToKey("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-03-07", "2026-03-09")).toBe(2);
    expect(() => addDaysToKey("2026-3-1", 1)).toThrow(RangeError);
  });
});
