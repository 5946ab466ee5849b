// An article as its page shows it: every passage, and the questions that cite each one.
import "server-only";
import { db } from "../db/client";
import { STUDYABLE_QUESTION } from "./studyable";

export async function getArticle(articleId: string, highlightQuestionId?: string) {
  const article = await db.article.findFirst({
    where: { id: articleId, archivedAt: null },
    select: {
      id: true, title: true, outlet: true, translationNote: true,
      passages: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: {
          id: true, key: true, text: true,
          citations: {
            where: { question: { ...STUDYABLE_QUESTION, set: { archivedAt: null } } },
            select: { questionId: true, quote: true, question: { select: { prompt: true, set: { select: { id: true, title: true } } } } },
          },
        },
      },
    },
  });
  if (!article) return null;
  return {
    ...article,
    passages: article.passages.map((p) => ({
      key: p.key,
      text: p.text,
      highlights: p.citations.filter((c) => c.questionId === highlightQuestionId).map((c) => c.quote),
      questions: [...new Map(p.citations.map((c) => [c.questionId, { id: c.questionId, prompt: c.question.prompt, set: c.question.set }])).values()],
    })),
  };
}

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticle>>>;
