// What a learner studies next in a set: due reviews first, then new questions up to the daily limit,
// then (so a session can finish) cards coming due within the next few minutes.
import "server-only";
import { db } from "../db";
import { startOfDay } from "./calendar";
import { dueCardsWhere, firstDueQuestion, STUDY_ITEM_SELECT } from "./due";

export const DEFAULT_NEW_PER_DAY = 20;
const LEARN_AHEAD_MS = 20 * 60_000;

export type StudyItem = { id: string; type: string; prompt: string; choices: string[] };
export type QueueState = { next: StudyItem | null; due: number; newLeft: number };

const toItem = (q: { id: string; type: string; prompt: string; choices: string }): StudyItem => ({ ...q, choices: JSON.parse(q.choices) as string[] });

export async function newPerDay(userId: string, setId: string): Promise<number> {
  const setting = await db.studySetting.findUnique({ where: { userId_setId: { userId, setId } }, select: { newPerDay: true } });
  return setting?.newPerDay ?? DEFAULT_NEW_PER_DAY;
}

export async function studyQueue(userId: string, setId: string, now = new Date()): Promise<QueueState> {
  const [due, dueFirst, introducedToday, limit] = await Promise.all([
    db.card.count({ where: dueCardsWhere(userId, setId, now) }),
    firstDueQuestion(db, userId, setId, now),
    db.card.count({ where: { userId, setId, createdAt: { gte: startOfDay(now) } } }),
    newPerDay(userId, setId),
  ]);
  const unseen = await db.question.count({ where: { setId, archivedAt: null, cards: { none: { userId } } } });
  const newLeft = Math.max(0, Math.min(limit - introducedToday, unseen));
  if (dueFirst) return { next: toItem(dueFirst.question), due, newLeft };

  if (newLeft > 0) {
    const fresh = await db.question.findFirst({
      where: { setId, archivedAt: null, cards: { none: { userId } } },
      orderBy: { position: "asc" },
      select: STUDY_ITEM_SELECT,
    });
    if (fresh) return { next: toItem(fresh), due, newLeft };
  }
  const soon = await firstDueQuestion(db, userId, setId, new Date(now.getTime() + LEARN_AHEAD_MS));
  return { next: soon ? toItem(soon.question) : null, due, newLeft };
}
