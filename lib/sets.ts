// One question set as its page shows it: description, the articles it draws on, its size.
import "server-only";
import { db } from "./db";

export async function getSet(setId: string) {
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
}

export type SetDetail = NonNullable<Awaited<ReturnType<typeof getSet>>>;
