// Publishing a teacher's set: a draft becomes a set others may study (through an assignment, a link or the
// library, as its visibility says) only when it has questions and every one of them cites its evidence.
import "server-only";
import type { Viewer } from "../auth/viewer";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { ownedSet } from "./owned";

export const VISIBILITIES = ["PRIVATE", "LINK", "PUBLIC"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** How the editor names each visibility, and what it means. */
export const VISIBILITY_TEXT: Record<Visibility, { label: string; hint: string }> = {
  PRIVATE: { label: "Private", hint: "Only you, and students you assign it to." },
  LINK: { label: "Shared by link", hint: "Anyone with the link may study it or copy it." },
  PUBLIC: { label: "Public in the library", hint: "Listed in the library for every teacher and learner." },
};

/** A question that keeps the set from being published: its place in the set (1-based) and why. */
export type Blocker = { questionId: string; number: number; reason: "no citation" | "citation to fix" };

/**
 * Why the set `setId` cannot be published now: each question (not archived) with no citation or held (a
 * citation to check or orphaned), by number; empty when nothing blocks. Reads without an owner check: callers have one.
 */
export async function publishBlockers(setId: string): Promise<{ questions: number; blockers: Blocker[] }> {
  const questions = await db.question.findMany({
    where: { setId, archivedAt: null },
    select: { id: true, heldAt: true, _count: { select: { citations: true } } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  const blockers = blockersOf(
    questions.map((q) => ({ id: q.id, held: q.heldAt !== null, citations: q._count.citations })),
  );
  return { questions: questions.length, blockers };
}

/** The blockers among `questions` (not archived, in order): those with no citation, then those held. */
export function blockersOf(questions: { id: string; held: boolean; citations: number }[]): Blocker[] {
  const blockers: Blocker[] = [];
  questions.forEach((q, i) => {
    if (q.citations === 0) blockers.push({ questionId: q.id, number: i + 1, reason: "no citation" });
    else if (q.held) blockers.push({ questionId: q.id, number: i + 1, reason: "citation to fix" });
  });
  return blockers;
}

/** The refusal's message: which questions block, e.g. "Fix question 2 (citation to fix) and 5 (no citation) first." */
export function blockersMessage(blockers: Blocker[]): string {
  const shown = blockers.slice(0, 10).map((b) => `${b.number} (${b.reason})`);
  const more = blockers.length > 10 ? ` and ${blockers.length - 10} more` : "";
  const list = shown.length > 1 ? `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}` : shown[0];
  return `Every question must cite its evidence before the set is published. Fix ${blockers.length > 1 ? "questions" : "question"} ${list}${more} first.`;
}

/**
 * Publishes the set with `visibility`: publishedAt is set (kept when already published). Refused with AppError
 * "publish-blocked" when the set has no question, or a question has no citation or is held (the message names
 * them); "not-found", "sign-in", "teachers-only" as ownedSet.
 */
export async function publishSet(viewer: Viewer | null, setId: string, visibility: Visibility): Promise<void> {
  const set = await ownedSet(viewer, setId);
  const { questions, blockers } = await publishBlockers(set.id);
  if (questions === 0)
    throw new AppError("publish-blocked", { message: "Write at least one question before you publish the set." });
  if (blockers.length > 0) throw new AppError("publish-blocked", { message: blockersMessage(blockers) });
  await db.questionSet.update({
    where: { id: set.id },
    data: { visibility, publishedAt: set.publishedAt ?? new Date() },
  });
}

/**
 * Changes who may find the set (private, by link, in the library), draft or published. A published set is
 * never taken back to a draft: students may be assigned it and have progress on it; making it private is
 * how a teacher withdraws it from the library and from link holders. Throws as ownedSet.
 */
export async function setVisibility(viewer: Viewer | null, setId: string, visibility: Visibility): Promise<void> {
  const set = await ownedSet(viewer, setId);
  await db.questionSet.update({ where: { id: set.id }, data: { visibility } });
}
