// Dates and times as people read them, always in a named zone: the one place the app turns an instant
// or a study day into words. Nothing here reads the server's own time zone.
import type { DayKey } from "./study-day";
import { sameZone, UTC } from "./zones";

type InstantStyle = "date" | "shortDate" | "moment";
type DayStyle = "weekday" | "shortDate" | "longDate";

const INSTANT: Record<InstantStyle, Intl.DateTimeFormatOptions> = {
  date: { day: "numeric", month: "short", year: "numeric" },
  shortDate: { day: "numeric", month: "short" },
  moment: { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" },
};
const DAY: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  weekday: { weekday: "short" },
  shortDate: { day: "numeric", month: "short" },
  longDate: { weekday: "short", day: "numeric", month: "short", year: "numeric" },
};

// Intl.DateTimeFormat is slow to build and formats lists of rows: one per zone and style.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions, timeZone: string, key: string): Intl.DateTimeFormat {
  const id = `${key} ${timeZone}`;
  let found = formatters.get(id);
  if (!found) {
    found = new Intl.DateTimeFormat("en-US", { ...options, timeZone });
    if (formatters.size > 2_000) formatters.clear();
    formatters.set(id, found);
  }
  return found;
}

// Newer ICU data puts a narrow no-break space before AM/PM; one plain space reads and searches the same everywhere.
const plain = (text: string) => text.replace(/\u202f/g, " ");

/** An instant in a zone: "date" "Dec 4, 2026", "shortDate" "Dec 4", "moment" "Fri, Dec 4, 3:00 AM". */
export function formatInstant(instant: Date, timeZone: string, style: InstantStyle): string {
  return plain(formatter(INSTANT[style], timeZone, style).format(instant));
}

/** A study day (a calendar date, no zone): "weekday" "Fri", "shortDate" "Dec 4", "longDate" "Fri, Dec 4, 2026". */
export function formatDay(day: DayKey, style: DayStyle): string {
  return plain(formatter(DAY[style], UTC, `day-${style}`).format(new Date(`${day}T00:00:00Z`)));
}

/** A zone as people say it: "Asia/Taipei" → "Taipei time", "America/Argentina/Buenos_Aires" → "Buenos Aires time". */
export function zoneLabel(timeZone: string): string {
  if (timeZone === UTC) return UTC;
  return `${timeZone.split("/").at(-1)!.replaceAll("_", " ")} time`;
}

/**
 * A due moment for one viewer: "Fri, Dec 4, 3:00 AM" in the viewer's zone, then " (Taipei time)" naming
 * that zone when it is not the zone the teacher set the moment in, so nobody mistakes whose clock it is.
 * The year is added when the moment is not in the viewer's current year.
 */
export function formatDueMoment(dueAt: Date, viewerZone: string, setInZone: string, now = new Date()): string {
  const sameYear = formatter({ year: "numeric" }, viewerZone, "year");
  const moment =
    sameYear.format(dueAt) === sameYear.format(now)
      ? formatInstant(dueAt, viewerZone, "moment")
      : plain(formatter({ ...INSTANT.moment, year: "numeric" }, viewerZone, "momentYear").format(dueAt));
  return sameZone(viewerZone, setInZone) ? moment : `${moment} (${zoneLabel(viewerZone)})`;
}

/** An hour of the day, 0–23, as a clock shows it: 0 "12 AM (midnight)", 4 "4 AM", 13 "1 PM". */
export function formatHour(hour: number): string {
  const label = plain(formatter({ hour: "numeric" }, UTC, "hour").format(new Date(Date.UTC(2000, 0, 1, hour))));
  return hour === 0 ? `${label} (midnight)` : hour === 12 ? `${label} (noon)` : label;
}
