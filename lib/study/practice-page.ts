// What the practice page shows (pages/sets/[setId]/practice.tsx): read on the server from the set and
// the signed practice state in the URL, as plain data for a page that ships no framework, like the study
// page (lib/study/study-page.ts). Practice writes nothing; its one post is in lib/study/practice-posts.ts.
// Server code only (it reads the database), without "server-only", which the Pages Router refuses.
import type { Route } from "next";
import { config } from "../config";
import type { Viewer } from "../auth/viewer";
import { readableSetOrNull } from "../content/set-access";
import { noticeText } from "../errors/notices";
import { routes } from "../routes";
import { revealQuestion, type Revealed } from "./feedback";
import { practiceItem, startPractice } from "./practice";
import { decodePractice, encodePractice } from "./practice-token";
import type { StudyItem } from "./queue";

type PracticeSet = { id: string; title: string };

/** Where the round is: `position` of `total` (1-based, as shown), with `score` right so far. */
export type PracticeProgress = { position: number; total: number; score: number };

type Shown = { set: PracticeSet; progress: PracticeProgress; notice: string | null };

export type PracticePageView =
  | { kind: "missing" }
  | (Shown & {
      kind: "feedback";
      revealed: Revealed | null;
      given: string | null;
      correct: boolean;
      nextHref: Route;
      finished: boolean;
    })
  | (Shown & { kind: "results"; score: number; total: number; missed: Revealed[] })
  | (Shown & {
      kind: "question";
      item: StudyItem;
      token: string;
      revealHref: Route;
      flashcard: { back: string } | null;
    });

type Query = Partial<Record<"s" | "next" | "reveal" | "notice", string>>;

/**
 * The page for `setId` as `viewer` (null: signed out) sees it, and its query: `s` the signed state (a new
 * round when missing, forged or of another set), `next=1` past the verdict, `reveal=1` a flipped flashcard,
 * `notice` a notice code (lib/errors/notices.ts; any other text is not shown). "missing" when there is no
 * such set or the viewer may not read it (lib/content/set-access.ts).
 */
export async function practicePageView(setId: string, viewer: Viewer | null, query: Query): Promise<PracticePageView> {
  const found = await readableSetOrNull(viewer, setId);
  if (!found) return { kind: "missing" };
  const set = { id: found.id, title: found.title };
  const secret = config().authSecret;
  const decoded = query.s ? decodePractice(query.s, secret) : null;
  const state = decoded?.setId === set.id ? decoded : await startPractice(set.id);
  if (!state) return { kind: "missing" };
  const token = encodePractice(state, secret);
  const total = state.order.length;
  const onVerdict = state.last !== null && query.next !== "1";
  const shown = {
    set,
    progress: { position: Math.min(state.index + (onVerdict ? 0 : 1), total), total, score: state.score },
    notice: noticeText(query.notice),
  };

  if (state.last && onVerdict) {
    const revealed = await revealQuestion(state.last.questionId, state.last.correct ? state.last.given : null);
    const nextHref = routes.practice(set.id, { s: token, next: 1 });
    return {
      ...shown,
      kind: "feedback",
      revealed,
      given: state.last.given,
      correct: state.last.correct,
      nextHref,
      finished: state.index >= total,
    };
  }
  if (state.index >= total) {
    const missed = (await Promise.all(state.missed.map((id) => revealQuestion(id)))).filter((q) => q !== null);
    return { ...shown, kind: "results", score: state.score, total, missed };
  }
  const current = await practiceItem(state);
  if (!current) return { kind: "missing" };
  const flipped = current.item.type === "FLASHCARD" && query.reveal === "1";
  return {
    ...shown,
    kind: "question",
    item: current.item,
    token,
    revealHref: routes.practice(set.id, { s: token, next: 1, reveal: 1 }),
    flashcard: flipped ? { back: current.back } : null,
  };
}
