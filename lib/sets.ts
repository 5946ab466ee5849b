// One question set as its page shows it: description, the articles it draws on, its size.
import "server-only";
import { cache } from "react";
import { db } from "./db";

/** Looked up once per render: a page and its metadata share the answer. */
export const getSet = cache(async (setId: string) => {
  const set = await db.questionSet.findFirst({
    where: { id: setId, archivedAt: null },
    select: {
      id: true,
      title: true,
      description: true,
      articles: { select: { article: { select: { id: true, title: true, outlet: true, translationNote: true } } } },
      _count: { select: { questions: { where: { archivedAt: null } } } },
    },
  });
  if (!set) return null;
  const { _count, articles, ...rest } = set;
  return { ...rest, questionCount: _count.questions, articles: articles.map((a) => a.article) };
});

export type SetDetail = NonNullable<Awaited<ReturnType<typeof getSet>>>;
