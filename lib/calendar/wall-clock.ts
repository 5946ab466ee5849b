// A date and time as a person types them (a date input's "2026-12-04", a time input's "23:59"), read in
// their time zone and turned into an instant, and back: what a date input should show as its default.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { addDaysToKey, type DayKey } from "./study-day";

export type WallClockResult = { ok: true; instant: Date } | { ok: false; field: "date" | "time"; message: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/**
 * The instant of a local date ("yyyy-mm-dd") and time ("hh:mm", 24-hour) in an IANA zone.
 * Refuses, with a message for the person, what is not a real date or time: "2026-02-30" and "2026-13-01"
 * are never rolled over into March or into the next year. A time the zone skips (clocks spring forward,
 * e.g. 2:30 AM on 8 March 2026 in New York) is refused too, naming the gap, rather than moved silently.
 * A time the zone passes twice (clocks fall back) means the first of the two, as most calendars do.
 */
export function instantFromWallClock(date: string, time: string, timeZone: string): WallClockResult {
  const d = DATE.exec(date.trim());
  if (!d) return { ok: false, field: "date", message: "Enter a date as yyyy-mm-dd, such as 2026-12-04." };
  const t = TIME.exec(time.trim());
  if (!t) return { ok: false, field: "time", message: "Enter a time as hh:mm, such as 23:59." };
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  const calendar = new TZDate(year, month - 1, day, "UTC");
  if (
    year < 1970 ||
    year > 9999 ||
    calendar.getFullYear() !== year ||
    calendar.getMonth() !== month - 1 ||
    calendar.getDate() !== day
  ) {
    return { ok: false, field: "date", message: `${date.trim()} is not a date on the calendar. Choose a real date.` };
  }
  if (hour > 23 || minute > 59)
    return { ok: false, field: "time", message: `${time.trim()} is not a time of day. Use 00:00 to 23:59.` };
  const local = new TZDate(year, month - 1, day, hour, minute, 0, timeZone);
  if (local.getHours() !== hour || local.getMinutes() !== minute || local.getDate() !== day) {
    return {
      ok: false,
      field: "time",
      message: `${time.trim()} does not happen on that day in your time zone (${timeZone}): the clocks skip it. Choose another time.`,
    };
  }
  return { ok: true, instant: new Date(local.getTime()) };
}

/** The calendar date, "yyyy-mm-dd", in a zone at an instant: what a date input shows for that moment. */
export function dateInZone(instant: Date, timeZone: string): DayKey {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd");
}

/** The date `days` after today in a zone, "yyyy-mm-dd", as a date input expects. */
export function dateInputValue(days: number, timeZone: string, now = new Date()): DayKey {
  return addDaysToKey(dateInZone(now, timeZone), days);
}
