// One question set as its page shows it: description, the articles it draws on, its size.
import { cache } from "react";
import { db } from "../db/client";
import { ttlCache } from "./ttl-cache";
import { STUDYABLE_QUESTION } from "./studyable";

/**
 * The library's sets change only when content is synced, a teacher's when its teacher edits it: kept for 30 s,
 * so most pages ask nothing of the database for them (the teacher reads their own uncached, getSetNow).
 */
export const SET_CACHE_MS = 30_000;

async function readSet(setId: string) {
  const set = await db.questionSet.findFirst({
    where: { id: setId, archivedAt: null },
    select: {
      id: true,
      title: true,
      description: true,
      articles: { select: { article: { select: { id: true, title: true, outlet: true, translationNote: true } } } },
      _count: { select: { questions: { where: STUDYABLE_QUESTION } } },
    },
  });
  if (!set) return null;
  const { _count, articles, ...rest } = set;
  return { ...rest, questionCount: _count.questions, articles: articles.map((a) => a.article) };
}

const loadSet = ttlCache(SET_CACHE_MS, readSet);

/** One set, as the set, study and practice pages show it, or null when there is none (or it was archived). */
export const getSet = cache((setId: string) => loadSet(setId));

/**
 * getSet without the 30 s cache, for the set's own teacher, who must see an edit at once. Says nothing of
 * who may read the set: that is lib/content/set-access.ts, per viewer and never cached.
 */
export const getSetNow = cache((setId: string) => readSet(setId));

export type SetDetail = NonNullable<Awaited<ReturnType<typeof getSet>>>;
