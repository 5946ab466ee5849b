// What the home page lists: the question sets a learner can study.
import "server-only";
import { db } from "../db/client";
import { STUDYABLE_QUESTION } from "./studyable";

export type SetSummary = {
  id: string;
  title: string;
  description: string;
  questionCount: number;
  articles: { id: string; title: string; outlet: string | null; translationNote: string | null }[];
};

export async function listSets(): Promise<SetSummary[]> {
  const sets = await db.questionSet.findMany({
    where: { archivedAt: null },
    orderBy: [{ position: "asc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      description: true,
      _count: { select: { questions: { where: STUDYABLE_QUESTION } } },
      articles: { select: { article: { select: { id: true, title: true, outlet: true, translationNote: true } } } },
    },
  });
  return sets.map(({ _count, articles, ...set }) => ({
    ...set,
    questionCount: _count.questions,
    articles: articles.map((link) => link.article).sort((a, b) => (a.outlet ?? a.title).localeCompare(b.outlet ?? b.title)),
  }));
}
