import { describe, expect, it } from "vitest";
import { dateInputValue, instantFromWallClock } from "./wall-clock";

const instant = (date: string, time: string, zone: string) => {
  const result = instantFromWallClock(date, time, zone);
  if (!result.ok) throw new Error(result.message);
  return result.instant.toISOString();
};

describe("a date and time typed in a zone", () => {
  it("is the instant of that local moment", () => {
    expect(instant("2026-12-04", "23:59", "Asia/Taipei")).toBe("2026-12-04T15:59:00.000Z");
    expect(instant("2026-12-04", "23:59", "America/New_York")).toBe("2026-12-05T04:59:00.000Z");
    expect(instant("2026-12-04", "23:59", "Pacific/Auckland")).toBe("2026-12-04T10:59:00.000Z");
    expect(instant("2026-07-04", "09:00", "America/New_York")).toBe("2026-07-04T13:00:00.000Z");
  });

  it.each([
    ["2026-02-30", "23:59", "date", /2026-02-30 is not a date/],
    ["2026-13-01", "23:59", "date", /2026-13-01 is not a date/],
    ["2026-04-31", "12:00", "date", /not a date/],
    ["2027-02-29", "12:00", "date", /not a date/],
    ["2026-00-10", "12:00", "date", /not a date/],
    ["04/12/2026", "12:00", "date", /yyyy-mm-dd/],
    ["", "12:00", "date", /yyyy-mm-dd/],
    ["2026-12-04", "24:00", "time", /not a time of day/],
    ["2026-12-04", "12:60", "time", /not a time of day/],
    ["2026-12-04", "9pm", "time", /hh:mm/],
  ])("refuses %s %s, never rolling it over", (date, time, field, message) => {
    const result = instantFromWallClock(date, time, "Asia/Taipei");
    expect(result).toMatchObject({ ok: false, field });
    expect(!result.ok && result.message).toMatch(message);
  });

  it("accepts 29 February in a leap year", () => {
    expect(instant("2028-02-29", "12:00", "UTC")).toBe("2028-02-29T12:00:00.000Z");
  });

  it("refuses a time the clocks skip (New York, 8 March 2026, 2:00–2:59 AM) and takes the first of a repeated one", () => {
    const gap = instantFromWallClock("2026-03-08", "02:30", "America/New_York");
    expect(gap).toMatchObject({ ok: false, field: "time" });
    expect(!gap.ok && gap.message).toMatch(/clocks skip it/);
    expect(instant("2026-03-08", "03:00", "America/New_York")).toBe("2026-03-08T07:00:00.000Z");
    expect(instant("2026-11-01", "01:30", "America/New_York")).toBe("2026-11-01T05:30:00.000Z"); // 1:30 AM EDT, the first
  });

  it("defaults a date input to the date in the teacher's zone, not the server's", () => {
    const now = new Date("2026-12-04T18:00:00Z"); // already the 5th in Taipei and Auckland
    expect(dateInputValue(0, "Asia/Taipei", now)).toBe("2026-12-05");
    expect(dateInputValue(0, "America/New_York", now)).toBe("2026-12-04");
    expect(dateInputValue(7, "Pacific/Auckland", now)).toBe("2026-12-12");
  });
});
