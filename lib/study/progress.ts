// A learner's progress: per set (due, new, mastered, last studied, the week ahead) and over time.
import "server-only";
import { db } from "../db/client";
import { State } from "../srs/scheduler";
import { readableSetWhere } from "../content/set-access";
import { STUDYABLE_QUESTION } from "../content/studyable";
import {
  addDaysToKey,
  dayRange,
  daysBetween,
  studyDayOf,
  studyDayStart,
  type DayClock,
  type DayKey,
} from "../calendar/study-day";

/** A card counts as mastered once FSRS schedules it three weeks or more ahead (Anki's "mature"). */
export const MASTERED_DAYS = 21;

export type SetProgress = {
  total: number;
  seen: number;
  due: number;
  fresh: number;
  mastered: number;
  lastStudied: Date | null;
};

/**
 * The learner `userId`'s progress by set id: the sets they have studied (a card in it), or the sets
 * `setIds` when given (a set's own page, before any study), and of those only the ones they may read
 * now (lib/content/set-access.ts): a set shared with them no longer is not listed. Empty for nobody.
 */
export async function setProgress(
  userId: string | null,
  now = new Date(),
  setIds?: string[],
): Promise<Map<string, SetProgress>> {
  if (!userId) return new Map();
  const live = { userId, question: STUDYABLE_QUESTION };
  const [seen, due, mastered, last] = await Promise.all([
    db.card.groupBy({ by: ["setId"], where: live, _count: { _all: true } }),
    db.card.groupBy({ by: ["setId"], where: { ...live, due: { lte: now } }, _count: { _all: true } }),
    db.card.groupBy({
      by: ["setId"],
      where: { ...live, state: State.Review, scheduledDays: { gte: MASTERED_DAYS } },
      _count: { _all: true },
    }),
    db.review.groupBy({ by: ["setId"], where: { userId, undoneAt: null }, _max: { reviewedAt: true } }),
  ]);
  const sets = await db.questionSet.findMany({
    where: { ...readableSetWhere(userId), id: { in: setIds ?? seen.map((row) => row.setId) } },
    select: { id: true, _count: { select: { questions: { where: STUDYABLE_QUESTION } } } },
  });
  const count = (rows: { setId: string; _count: { _all: number } }[], id: string) =>
    rows.find((r) => r.setId === id)?._count._all ?? 0;
  return new Map(
    sets.map((s) => {
      const total = s._count.questions;
      const seenCount = count(seen, s.id);
      return [
        s.id,
        {
          total,
          seen: seenCount,
          due: count(due, s.id),
          fresh: total - seenCount,
          mastered: count(mastered, s.id),
          lastStudied: last.find((r) => r.setId === s.id)?._max.reviewedAt ?? null,
        },
      ];
    }),
  );
}

const FORECAST_DAYS = 7;

/**
 * How many of the learner's cards in a set come due on each of their next 7 study days (today first,
 * overdue included), in the learner's zone from their rollover hour (`clock`).
 */
export async function dueForecast(
  userId: string,
  setId: string,
  clock: DayClock,
  now = new Date(),
): Promise<{ day: DayKey; count: number }[]> {
  const today = studyDayOf(now, clock);
  const end = studyDayStart(addDaysToKey(today, FORECAST_DAYS), clock);
  const cards = await db.card.findMany({
    where: { userId, setId, due: { lt: end }, question: STUDYABLE_QUESTION },
    select: { due: true },
  });
  const forecast = dayRange(today, FORECAST_DAYS).map((day) => ({ day, count: 0 }));
  // Overdue cards count as due today.
  for (const card of cards)
    forecast[Math.min(FORECAST_DAYS - 1, Math.max(0, daysBetween(today, studyDayOf(card.due, clock))))].count++;
  return forecast;
}
