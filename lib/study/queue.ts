// What a learner studies next in a set: due reviews first, then new questions up to the daily limit,
// then (so a session can finish) cards coming due within the next few minutes.
import "server-only";
import { db } from "../db";
import { startOfDay } from "./calendar";

export const DEFAULT_NEW_PER_DAY = 20;
const LEARN_AHEAD_MS = 20 * 60_000;

export type StudyItem = { id: string; type: string; prompt: string; choices: string[] };
export type QueueState = { next: StudyItem | null; due: number; newLeft: number };

const ITEM = { id: true, type: true, prompt: true, choices: true } as const;
const toItem = (q: { id: string; type: string; prompt: string; choices: string }): StudyItem => ({ ...q, choices: JSON.parse(q.choices) as string[] });

export async function newPerDay(userId: string, setId: string): Promise<number> {
  const setting = await db.studySetting.findUnique({ where: { userId_setId: { userId, setId } }, select: { newPerDay: true } });
  return setting?.newPerDay ?? DEFAULT_NEW_PER_DAY;
}

export async function studyQueue(userId: string, setId: string, now = new Date()): Promise<QueueState> {
  const live = { question: { archivedAt: null } };
  const [due, dueFirst, introducedToday, limit] = await Promise.all([
    db.card.count({ where: { userId, setId, due: { lte: now }, ...live } }),
    db.card.findFirst({ where: { userId, setId, due: { lte: now }, ...live }, orderBy: { due: "asc" }, select: { question: { select: ITEM } } }),
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
      select: ITEM,
    });
    if (fresh) return { next: toItem(fresh), due, newLeft };
  }
  const soon = await db.card.findFirst({
    where: { userId, setId, due: { lte: new Date(now.getTime() + LEARN_AHEAD_MS) }, ...live },
    orderBy: { due: "asc" },
    select: { question: { select: ITEM } },
  });
  return { next: soon ? toItem(soon.question) : null, due, newLeft };
}
