// An article as its page shows it: every passage, and the questions that cite each one.
import "server-only";
import type { Viewer } from "../auth/viewer";
import { db } from "../db/client";
import { readableArticleWhere, readableSetWhere } from "./set-access";
import { STUDYABLE_QUESTION } from "./studyable";

/**
 * The article `articleId` as `viewer` (null: signed out) may read it (lib/content/set-access.ts: the library's,
 * their own, or cited by a set they may read), or null when there is none or they may not. Under each
 * passage, the questions citing it, of sets the viewer may read only; `highlights` are the quotes of
 * question `highlightQuestionId`'s citations, among those.
 */
export async function getArticle(viewer: Viewer | null, articleId: string, highlightQuestionId?: string) {
  const viewerId = viewer?.id ?? null;
  const article = await db.article.findFirst({
    where: { id: articleId, ...readableArticleWhere(viewerId) },
    select: {
      id: true, title: true, outlet: true, translationNote: true,
      passages: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: {
          id: true, key: true, text: true,
          citations: {
            where: { question: { ...STUDYABLE_QUESTION, set: readableSetWhere(viewerId) } },
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
