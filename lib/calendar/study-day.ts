// Study days: the learner's own day, in their time zone, starting at their rollover hour (4 AM by
// default, as Anki's "next day starts at"). "Today", the new-questions-per-day limit, streaks, the
// heatmap, weekly retention and the due forecast all count in these days. A day is named by its
// calendar date ("2026-03-08"), so a day with a daylight-saving change is still one day: it just lasts
// 23 or 25 hours. Zone arithmetic is @date-fns/tz's (TZDate), never offsets added by hand.
import { TZDate } from "@date-fns/tz";
import { addDays, format } from "date-fns";
import { UTC } from "./zones";

/** A calendar date, "yyyy-mm-dd", with no time zone: the name of a study day. */
export type DayKey = string;

/** Where a person's days start: their IANA zone and the hour (0–23, local) a new day begins. */
export type DayClock = { timeZone: string; rolloverHour: number };

/** Anki's default: a new study day starts at 4 AM, so a late night still counts as the day before. */
export const DEFAULT_ROLLOVER_HOUR = 4;

const KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day key as a date in UTC, only for calendar arithmetic (days, weekdays), never as an instant. */
function calendarDate(day: DayKey): TZDate {
  const match = KEY.exec(day);
  if (!match) throw new RangeError(`not a day: ${day}`);
  return new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), UTC);
}

/** The day `days` after `day` (negative: before), by the calendar. Throws RangeError for a malformed key. */
export function addDaysToKey(day: DayKey, days: number): DayKey {
  return format(addDays(calendarDate(day), days), "yyyy-MM-dd");
}

/** Day of the week of a day key: 0 Sunday … 6 Saturday. */
export function weekdayOf(day: DayKey): number {
  return calendarDate(day).getDay();
}

/** The whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((calendarDate(to).getTime() - calendarDate(from).getTime()) / 86_400_000);
}

/** The study day an instant falls in, for a person whose days start at `clock`. */
export function studyDayOf(instant: Date, clock: DayClock): DayKey {
  const local = new TZDate(instant.getTime(), clock.timeZone);
  const date = format(local, "yyyy-MM-dd");
  return local.getHours() < clock.rolloverHour ? addDaysToKey(date, -1) : date;
}

/**
 * The instant a study day starts: the rollover hour of that date in the person's zone. When that hour
 * does not exist (clocks spring forward across it) the day starts at the first instant after the gap;
 * when it happens twice (clocks fall back), at the first of the two.
 */
export function studyDayStart(day: DayKey, clock: DayClock): Date {
  const date = calendarDate(day);
  const start = new TZDate(date.getFullYear(), date.getMonth(), date.getDate(), clock.rolloverHour, 0, 0, clock.timeZone);
  return new Date(start.getTime());
}

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
