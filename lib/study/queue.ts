// What a learner studies next in a set: due reviews first, then new questions up to the daily limit,
// then (so a session can finish) cards coming due within the next few minutes.
import { db } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { startOfStudyDay } from "../calendar/study-day";
import { selectQueueFacts } from "../db/direct/queue-facts";
import { selectQuestionToAsk } from "../db/direct/question-to-ask";
import { SET_CACHE_MS } from "../content/sets";
import { ttlCache } from "../content/ttl-cache";

export const DEFAULT_NEW_PER_DAY = 20;
const LEARN_AHEAD_MS = 20 * 60_000;

export type StudyItem = { id: string; type: string; prompt: string; choices: string[] };
export type QueueState = { next: StudyItem | null; due: number; newLeft: number };

export async function newPerDay(userId: string, setId: string): Promise<number> {
  const setting = await db.studySetting.findUnique({
    where: { userId_setId: { userId, setId } },
    select: { newPerDay: true },
  });
  return setting?.newPerDay ?? DEFAULT_NEW_PER_DAY;
}

/** A question as it is asked: content, so kept as sets are (lib/content/sets.ts). */
const studyItem = ttlCache(SET_CACHE_MS, async (id: string): Promise<StudyItem | null> => {
  const question = await selectQuestionToAsk(id);
  return question ? { ...question, choices: JSON.parse(question.choices) as string[] } : null;
});

/**
 * The learner's next question in a set, how many are due and how many new ones today still allows.
 * "Today" is the learner's study day (their zone, from their rollover hour), so the new-per-day limit
 * resets then, never at the server's midnight. One statement on the driver (lib/db/direct/queue-facts.ts).
 */
export async function studyQueue(
  learner: Pick<Viewer, "id" | "timeZone" | "rolloverHour">,
  setId: string,
  now = new Date(),
): Promise<QueueState> {
  const facts = await selectQueueFacts(
    learner.id,
    setId,
    now,
    new Date(now.getTime() + LEARN_AHEAD_MS),
    startOfStudyDay(now, learner),
  );
  const limit = facts.newPerDay ?? DEFAULT_NEW_PER_DAY;
  const newLeft = Math.max(0, Math.min(limit - facts.introducedToday, facts.unseen));
  const nextId = facts.firstIsDue ? facts.firstId : newLeft > 0 && facts.freshId ? facts.freshId : facts.firstId;
  return { next: nextId ? await studyItem(nextId) : null, due: facts.due, newLeft };
}
