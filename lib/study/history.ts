// A learner's history for the progress page: reviews per day over the past year, and how often
// they remembered (retention) week by week.
import "server-only";
import { db } from "../db";
import { dayKey, startOfDay, yearOfDays } from "./calendar";

const DAY = 86_400_000;

export type DayCount = { day: Date; count: number };
export type WeekRetention = { weekStart: Date; reviews: number; remembered: number };

export async function learnerHistory(userId: string, now = new Date()) {
  const since = new Date(startOfDay(now).getTime() - 371 * DAY);
  const reviews = await db.review.findMany({
    where: { userId, undoneAt: null, mode: "SCHEDULED", reviewedAt: { gte: since } },
    select: { reviewedAt: true, rating: true, stateBefore: true },
  });
  const perDay = new Map<string, number>();
  for (const r of reviews) perDay.set(dayKey(r.reviewedAt), (perDay.get(dayKey(r.reviewedAt)) ?? 0) + 1);

  // Retention counts only recalls of something seen before: a first sighting is not a memory test.
  const weeks: WeekRetention[] = [];
  const thisWeek = new Date(startOfDay(now).getTime() - startOfDay(now).getDay() * DAY);
  for (let i = 25; i >= 0; i--) weeks.push({ weekStart: new Date(thisWeek.getTime() - i * 7 * DAY), reviews: 0, remembered: 0 });
  for (const r of reviews) {
    if (!r.stateBefore) continue;
    const week = weeks.findLast((w) => w.weekStart <= r.reviewedAt);
    if (!week) continue;
    week.reviews++;
    if (r.rating > 1) week.remembered++;
  }
  return { days: yearOfDays(perDay, now), weeks, total: reviews.length };
}
