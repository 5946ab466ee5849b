// The drafts a set's teacher is offered (issue 18): for each article of the set, the questions Footnote drafts
// from its passages (lib/drafts/draft.ts), minus those already accepted or rejected for this set and minus the
// facts the set already asks. Drafting a long article takes up to ~2 s, so drafts are kept per article text.
import "server-only";
import { createHash } from "node:crypto";
import { ownedSet } from "../authoring/owned";
import type { Viewer } from "../auth/viewer";
import { db } from "../db/client";
import { normalizeAnswer } from "../srs/match";
import { draftQuestions } from "./draft";
import type { Draft, DraftSource } from "./types";

/** A set's article as the drafts page reads it: the drafting source plus its outlet, passages in order. */
export type SetArticleSource = DraftSource & { outlet: string | null };

/** A draft with where its passage stands in the article (1-based, as the article page numbers it) and its text. */
export type ShownDraft = Draft & { passageNumber: number; passageText: string };

// Content-addressed (article and the others' texts): an entry never goes stale, so it needs no time limit,
// only a bound. A Map keeps insertion order, so the oldest entry is the first key.
const CACHE_MAX = 64;
const cache = new Map<string, Draft[]>();

const hashOf = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

/**
 * The drafts of `article`, its distractors drawn from `others` too, ranked (highest score first). Remembered by
 * the article id and a hash of every text the drafting reads, so a second look at the same texts costs nothing.
 */
export function draftsOf(article: DraftSource, others: DraftSource[]): Draft[] {
  const strip = (a: DraftSource) => ({ id: a.id, title: a.title, note: a.note, passages: a.passages });
  const key = `${article.id}:${hashOf([strip(article), others.map(strip)])}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // refreshed: kept as the newest
    cache.set(key, hit);
    return hit;
  }
  const drafts = [...draftQuestions(strip(article), others.map(strip))].sort((a, b) => b.score - a.score);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, drafts);
  return drafts;
}

/** The set's articles that are not archived, by title, each with its passages (not archived) in reading order. */
export async function setArticleSources(setId: string): Promise<SetArticleSource[]> {
  const rows = await db.setArticle.findMany({
    where: { setId, article: { archivedAt: null } },
    select: {
      article: {
        select: {
          id: true,
          title: true,
          outlet: true,
          translationNote: true,
          passages: {
            where: { archivedAt: null },
            orderBy: { position: "asc" },
            select: { key: true, text: true },
          },
        },
      },
    },
  });
  return rows
    .map(({ article: a }) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      ...(a.translationNote ? { note: a.translationNote } : {}),
      passages: a.passages,
    }))
    .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/** The drafts of one of `sources`, the others lending distractors. */
export function draftsOfSetArticle(sources: DraftSource[], articleId: string): Draft[] {
  const article = sources.find((s) => s.id === articleId);
  return article
    ? draftsOf(
        article,
        sources.filter((s) => s.id !== articleId),
      )
    : [];
}

/** A fact as the set asks it: the cited passage ("<article>/<key>") and the answer, normalised as grading does. */
export const factKey = (passageId: string, question: { type: string; prompt: string; answers: string[] }) =>
  // True or false answers say nothing of the fact: the statement is what is asked.
  `${passageId}\n${question.type === "true-false" || question.type === "TRUE_FALSE" ? `tf:${normalizeAnswer(question.prompt)}` : normalizeAnswer(question.answers[0] ?? "")}`;

/** The facts the set's questions (not archived) ask: factKey of each question's answer with each passage it cites. */
export async function askedFacts(setId: string): Promise<Set<string>> {
  const questions = await db.question.findMany({
    where: { setId, archivedAt: null },
    select: { type: true, prompt: true, answers: true, citations: { select: { passageId: true } } },
  });
  return new Set(
    questions.flatMap((q) => {
      const question = { type: q.type, prompt: q.prompt, answers: JSON.parse(q.answers) as string[] };
      return q.citations.map((c) => factKey(c.passageId, question));
    }),
  );
}

/** The passage a draft cites, as stored: Passage.id is "<article id>/<key>" for the library and teachers alike. */
export const draftPassageId = (draft: Pick<Draft, "citation">) => `${draft.citation.article}/${draft.citation.passage}`;

/** How many drafts the page shows at first, and more each time "Show more" is pressed. */
export const DRAFTS_PAGE = 20;

/**
 * The drafts page for the set `setId`, owned by `viewer`: { set, articles, shown (the article drafted: `articleId`
 * if it is one of the set's, else the first, with its passages numbered), drafts (undecided and not yet asked by
 * the set, ranked), rejected (this article's rejected drafts, to undo), counts { drafted, accepted, rejected,
 * asked } and words (the article's length) }. Throws AppError "sign-in", "teachers-only", "not-found" (ownedSet).
 */
export async function setDrafts(viewer: Viewer | null, setId: string, articleId?: string) {
  const owned = await ownedSet(viewer, setId);
  const [sources, decisions, asked] = await Promise.all([
    setArticleSources(owned.id),
    db.draftDecision.findMany({ where: { setId: owned.id }, select: { draftId: true, decision: true } }),
    askedFacts(owned.id),
  ]);
  const set = { id: owned.id, title: owned.title, publishedAt: owned.publishedAt };
  const articles = sources.map((s) => ({ id: s.id, title: s.title }));
  const source = sources.find((s) => s.id === articleId) ?? sources[0];
  if (!source) return { set, articles, shown: undefined, drafts: [], rejected: [], counts: null };

  const decided = new Map(decisions.map((d) => [d.draftId, d.decision]));
  const all = draftsOfSetArticle(sources, source.id);
  const numberOf = new Map(source.passages.map((p, i) => [p.key, { number: i + 1, text: p.text }]));
  const show = (d: Draft): ShownDraft => ({
    ...d,
    passageNumber: numberOf.get(d.citation.passage)?.number ?? 0,
    passageText: numberOf.get(d.citation.passage)?.text ?? "",
  });
  const isAsked = (d: Draft) => asked.has(factKey(draftPassageId(d), d));
  const drafts = all.filter((d) => !decided.has(d.id) && !isAsked(d)).map(show);
  const rejected = all.filter((d) => decided.get(d.id) === "REJECTED").map(show);
  const words = source.passages.reduce((n, p) => n + (p.text.match(/\S+/g)?.length ?? 0), 0);
  return {
    set,
    articles,
    shown: {
      id: source.id,
      title: source.title,
      outlet: source.outlet,
      note: source.note,
      words,
      passages: source.passages.map((p, i) => ({ key: p.key, number: i + 1, text: p.text })),
    },
    drafts,
    rejected,
    counts: {
      drafted: all.length,
      accepted: all.filter((d) => decided.get(d.id) === "ACCEPTED").length,
      rejected: rejected.length,
      asked: all.filter((d) => !decided.has(d.id) && isAsked(d)).length,
    },
  };
}

export type SetDraftsView = Awaited<ReturnType<typeof setDrafts>>;
