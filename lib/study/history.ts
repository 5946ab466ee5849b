// A learner's history for the progress page: reviews per study day over the past year, and how often
// they remembered (retention) week by week. Days and weeks are the learner's own (lib/calendar/study-day.ts).
import "server-only";
import {
  addDaysToKey,
  studyDayOf,
  studyDayStart,
  weekStartOf,
  yearOfDays,
  type DayClock,
  type DayKey,
} from "../calendar/study-day";
import { db } from "../db/client";
import { isRemembered } from "../srs/scheduler";

export type DayCount = { day: DayKey; count: number };
export type WeekRetention = { weekStart: DayKey; reviews: number; remembered: number };

const WEEKS = 26;

/**
 * Reviews per study day for the 53 weeks ending today (oldest first, from a Sunday), retention for the
 * last 26 weeks (Sunday to Saturday), and the number of reviews counted. `clock` is the learner's zone and
 * rollover hour; a day with a daylight-saving change is one entry like any other.
 */
export async function learnerHistory(userId: string, clock: DayClock, now = new Date()) {
  const today = studyDayOf(now, clock);
  const since = studyDayStart(addDaysToKey(weekStartOf(today), -364), clock);
  const reviews = await db.review.findMany({
    where: { userId, undoneAt: null, mode: "SCHEDULED", reviewedAt: { gte: since } },
    select: { reviewedAt: true, rating: true, stateBefore: true },
  });
  const perDay = new Map<DayKey, number>();
  const weeks: WeekRetention[] = Array.from({ length: WEEKS }, (_, i) => ({
    weekStart: addDaysToKey(weekStartOf(today), -7 * (WEEKS - 1 - i)),
    reviews: 0,
    remembered: 0,
  }));
  const byWeek = new Map(weeks.map((w) => [w.weekStart, w]));
  for (const r of reviews) {
    const day = studyDayOf(r.reviewedAt, clock);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    // Retention counts only recalls of something seen before: a first sighting is not a memory test.
    const week = r.stateBefore ? byWeek.get(weekStartOf(day)) : undefined;
    if (!week) continue;
    week.reviews++;
    if (isRemembered(r.rating)) week.remembered++;
  }
  return { days: yearOfDays(perDay, today), weeks, total: reviews.length };
}
