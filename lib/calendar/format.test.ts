import { describe, expect, it } from "vitest";
import { formatDay, formatDueMoment, formatHour, formatInstant, zoneLabel } from "./format";
import { canonicalZone, zoneChoices } from "./zones";

const dueAt = new Date("2026-12-03T19:00:00Z"); // 3:00 AM on Fri 4 Dec in Taipei
const now = new Date("2026-11-30T12:00:00Z");

describe("a due moment, in each viewer's zone", () => {
  it("is shown in the viewer's zone, naming it when it differs from the teacher's", () => {
    expect(formatDueMoment(dueAt, "Asia/Taipei", "Asia/Taipei", now)).toBe("Fri, Dec 4, 3:00 AM");
    expect(formatDueMoment(dueAt, "America/New_York", "Asia/Taipei", now)).toBe("Thu, Dec 3, 2:00 PM (New York time)");
    expect(formatDueMoment(dueAt, "Pacific/Auckland", "Asia/Taipei", now)).toBe("Fri, Dec 4, 8:00 AM (Auckland time)");
    expect(formatDueMoment(dueAt, "UTC", "Asia/Taipei", now)).toBe("Thu, Dec 3, 7:00 PM (UTC)");
  });

  it("adds the year when the moment is not in the viewer's current year", () => {
    expect(formatDueMoment(new Date("2027-01-08T04:59:00Z"), "America/New_York", "America/New_York", now)).toBe(
      "Thu, Jan 7, 2027, 11:59 PM",
    );
  });

  it("treats two spellings of one zone as the same zone", () => {
    expect(formatDueMoment(dueAt, "America/New_York", "US/Eastern", now)).toBe("Thu, Dec 3, 2:00 PM");
  });
});

describe("dates and days", () => {
  it("formats instants in the given zone", () => {
    expect(formatInstant(dueAt, "Asia/Taipei", "date")).toBe("Dec 4, 2026");
    expect(formatInstant(dueAt, "America/New_York", "shortDate")).toBe("Dec 3");
  });
  it("formats a study day as its calendar date, whatever the zone", () => {
    expect(formatDay("2026-03-08", "longDate")).toBe("Sun, Mar 8, 2026");
    expect(formatDay("2026-11-01", "weekday")).toBe("Sun");
    expect(formatDay("2026-12-04", "shortDate")).toBe("Dec 4");
  });
  it("names hours and zones as people say them", () => {
    expect([formatHour(0), formatHour(4), formatHour(12), formatHour(23)]).toEqual([
      "12 AM (midnight)",
      "4 AM",
      "12 PM (noon)",
      "11 PM",
    ]);
    expect(zoneLabel("America/Argentina/Buenos_Aires")).toBe("Buenos Aires time");
    expect(zoneLabel("UTC")).toBe("UTC");
  });
});

describe("time zone names", () => {
  it("accepts IANA names, in their canonical spelling", () => {
    expect(canonicalZone("Asia/Taipei")).toBe("Asia/Taipei");
    expect(canonicalZone("asia/taipei")).toBe("Asia/Taipei");
    expect(canonicalZone("UTC")).toBe("UTC");
    expect(canonicalZone("US/Eastern")).toBe("America/New_York");
  });
  it.each(["", "Foo/Bar", "+08:00", "EST5EDT;drop table", "GMT+8", "Asia/Taipei<script>", 42, null, "x".repeat(200)])(
    "refuses %s",
    (zone) => {
      expect(canonicalZone(zone)).toBeNull();
    },
  );
  it("offers every runtime zone once, UTC first", () => {
    const zones = zoneChoices();
    expect(zones[0]).toBe("UTC");
    expect(zones).toContain("Pacific/Auckland");
    expect(new Set(zones).size).toBe(zones.length);
    for (const zone of zones) expect(canonicalZone(zone)).toBe(zone);
  });
});
