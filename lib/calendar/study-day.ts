// Study days: the learner's own day, in their time zone, starting at their rollover hour (4 AM by
// default, as Anki's "next day starts at"). "Today", the new-questions-per-day limit, streaks, the
// heatmap, weekly retention and the due forecast all count in these days. A day is named by its
// calendar date ("2026-03-08"), so a day with a daylight-saving change is still one day: it just lasts
// 23 or 25 hours. Zone arithmetic is @date-fns/tz's (TZDate), never offsets added by hand.
import { TZDate } from "@date-fns/tz";

/** A calendar date, "yyyy-mm-dd", with no time zone: the name of a study day. */
export type DayKey = string;

/** Where a person's days start: their IANA zone and the hour (0–23, local) a new day begins. */
export type DayClock = { timeZone: string; rolloverHour: number };

/** Anki's default: a new study day starts at 4 AM, so a late night still counts as the day before. */
export const DEFAULT_ROLLOVER_HOUR = 4;

const KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Pure calendar dates (no zone, no time of day) are counted on the UTC calendar, which has no
// daylight-saving changes: a day there is always 24 hours, so adding days is exact. This is on the study
// page's path (the new-question limit), where date-fns's format() cost more than the database query.
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const keyOf = (year: number, month: number, date: number): DayKey => `${pad(year, 4)}-${pad(month + 1)}-${pad(date)}`;

/** A day key as a date on the UTC calendar, only for counting days and weekdays, never as an instant. */
function calendarDate(day: DayKey): Date {
  const match = KEY.exec(day);
  if (!match) throw new RangeError(`not a day: ${day}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** The day `days` after `day` (negative: before), by the calendar. Throws RangeError for a malformed key. */
export function addDaysToKey(day: DayKey, days: number): DayKey {
  const date = calendarDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return keyOf(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** Day of the week of a day key: 0 Sunday … 6 Saturday. */
export function weekdayOf(day: DayKey): number {
  return calendarDate(day).getUTCDay();
}

/** The whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((calendarDate(to).getTime() - calendarDate(from).getTime()) / 86_400_000);
}

/** The study day an instant falls in, for a person whose days start at `clock`. */
export function studyDayOf(instant: Date, clock: DayClock): DayKey {
  const local = new TZDate(instant.getTime(), clock.timeZone);
  const date = keyOf(local.getFullYear(), local.getMonth(), local.getDate());
  return local.getHours() < clock.rolloverHour ? addDaysToKey(date, -1) : date;
}

/**
 * The instant a study day starts: the rollover hour of that date in the person's zone. When that hour
 * does not exist (clocks spring forward across it) the day starts at the first instant after the gap;
 * when it happens twice (clocks fall back), at the first of the two.
 */
export function studyDayStart(day: DayKey, clock: DayClock): Date {
  const id = `${clock.timeZone} ${clock.rolloverHour} ${day}`;
  let start = dayStarts.get(id);
  if (start === undefined) {
    const date = calendarDate(day);
    start = new TZDate(
      date.getUTCFullYear(),
      date.getUTCMonth(),
      date.getUTCDate(),
      clock.rolloverHour,
      0,
      0,
      clock.timeZone,
    ).getTime();
    if (dayStarts.size >= DAY_STARTS_MAX) dayStarts.clear();
    dayStarts.set(id, start);
  }
  return new Date(start);
}

// Resolving a local time in a zone is most of a study-page queue's calendar work, and a
// day's start is the same for everyone sharing a zone and rollover hour: remembered, bounded.
const dayStarts = new Map<string, number>();
const DAY_STARTS_MAX = 10_000;

/** The start of the study day `now` is in: where "today" began for this person. */
export function startOfStudyDay(now: Date, clock: DayClock): Date {
  return studyDayStart(studyDayOf(now, clock), clock);
}

/** The Sunday that starts the week a study day is in (weeks run Sunday to Saturday, as the heatmap's columns). */
export function weekStartOf(day: DayKey): DayKey {
  return addDaysToKey(day, -weekdayOf(day));
}

/** The `count` days starting at `first`, in order. */
export function dayRange(first: DayKey, count: number): DayKey[] {
  return Array.from({ length: count }, (_, i) => addDaysToKey(first, i));
}

/** One entry per study day for the 53 weeks ending `today`, oldest first, starting on a Sunday. */
export function yearOfDays(counts: Map<DayKey, number>, today: DayKey): { day: DayKey; count: number }[] {
  const first = addDaysToKey(weekStartOf(today), -364);
  return dayRange(first, daysBetween(first, today) + 1).map((day) => ({ day, count: counts.get(day) ?? 0 }));
}
