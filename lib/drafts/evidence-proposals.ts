// "Find the evidence" in the set editor (issue 18): for each question of a teacher's set that cites nothing,
// the top proposals of lib/drafts/evidence.ts over the set's articles, as the editor shows them. Owner only.
import "server-only";
import type { Viewer } from "../auth/viewer";
import { ownedSet } from "../authoring/owned";
import { typeOfDb } from "../authoring/question-types";
import { db } from "../db/client";
import { selectUncitedQuestions } from "../db/direct/uncited-questions";
import { findEvidence } from "./evidence";
import type { DraftSource } from "./types";

/** Questions given proposals on one page; an import of hundreds of uncited questions gets them for the first ones. */
export const PROPOSED_QUESTIONS = 50;
/** UTF-16 code units of the passage shown on each side of a proposed quote. */
const CONTEXT = 80;

/**
 * One proposal as the editor shows it: where (`articleTitle`, `passageNumber` from 1, `passageId` to post),
 * the quote with its offsets in the passage (UTF-16, posted back and checked by the server), and the passage's
 * text just before and after it (`before`, `after`; "…" where the passage goes on). Plain text.
 */
export type EvidenceProposal = {
  articleTitle: string;
  passageId: string;
  passageNumber: number;
  quote: string;
  start: number;
  end: number;
  before: string;
  after: string;
};

const around = (text: string, start: number, end: number) => {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  // Cut at a space so no word (or surrogate pair) is split.
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  return {
    before: from > 0 ? `…${before.slice(before.indexOf(" ") + 1)}` : before,
    after: to < text.length ? `${after.slice(0, Math.max(after.lastIndexOf(" "), 0))}…` : after,
  };
};

/**
 * For the set `setId`, its owner's: each live question citing nothing (in the set's order, the first
 * PROPOSED_QUESTIONS), mapped by id to its best proposals (at most three, best first; an empty list when no
 * passage of the set's articles shares a word with it). No question citing nothing: an empty object, and no
 * article is read. Throws AppError "not-found", "sign-in", "teachers-only" as ownedSet.
 */
export async function proposeEvidence(
  viewer: Viewer | null,
  setId: string,
): Promise<Record<string, EvidenceProposal[]>> {
  const set = await ownedSet(viewer, setId);
  const questions = await selectUncitedQuestions(set.id, PROPOSED_QUESTIONS);
  if (questions.length === 0) return {};
  const articles = await db.article.findMany({
    where: { archivedAt: null, sets: { some: { setId: set.id } } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      title: true,
      passages: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: { id: true, key: true, text: true, position: true },
      },
    },
  });
  const sources: DraftSource[] = articles.map((a) => ({ id: a.id, title: a.title, passages: a.passages }));
  const passageOf = new Map(articles.flatMap((a) => a.passages.map((p) => [`${a.id}\u0000${p.key}`, { a, p }])));
  const proposals: Record<string, EvidenceProposal[]> = {};
  for (const q of questions) {
    const found = findEvidence(
      {
        type: typeOfDb(q.type as Parameters<typeof typeOfDb>[0]),
        prompt: q.prompt,
        choices: JSON.parse(q.choices) as string[],
        answers: JSON.parse(q.answers) as string[],
      },
      sources,
    );
    proposals[q.id] = found.map((e) => {
      const { a, p } = passageOf.get(`${e.article}\u0000${e.passage}`)!;
      return {
        articleTitle: a.title,
        passageId: p.id,
        passageNumber: p.position + 1,
        quote: e.quote,
        start: e.start,
        end: e.end,
        ...around(p.text, e.start, e.end),
      };
    });
  }
  return proposals;
}
