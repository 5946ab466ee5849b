// One question set as its page shows it: description, the articles it draws on, its size.
import { cache } from "react";
import { db } from "../db/client";
import { ttlCache } from "./ttl-cache";
import { STUDYABLE_QUESTION } from "./studyable";

/** Sets change only when content is synced: kept for 30 s, so most pages ask nothing of the database for them. */
export const SET_CACHE_MS = 30_000;

const loadSet = ttlCache(SET_CACHE_MS, async (setId: string) => {
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
});

/** One set, as the set, study and practice pages show it, or null when there is none (or it was archived). */
export const getSet = cache((setId: string) => loadSet(setId));

export type SetDetail = NonNullable<Awaited<ReturnType<typeof getSet>>>;
