// What a learner sees after answering: right or wrong, the answer, the explanation and the cited
// passages. Only ever for the learner's own answer, so nothing leaks before one is given.
import "server-only";
import { db } from "../db";

export type CitedPassage = { articleId: string; articleTitle: string; passageKey: string; passageText: string; quote: string };

export type Feedback = {
  reviewId: string;
  questionId: string;
  type: string;
  prompt: string;
  given: string | null;
  correct: boolean | null;
  rating: number;
  expected: string;
  explanation: string;
  citations: CitedPassage[];
  undone: boolean;
};

export const CITATIONS = {
  orderBy: { position: "asc" },
  select: {
    quote: true,
    passage: { select: { key: true, text: true } },
    article: { select: { id: true, title: true } },
  },
} as const;

type CitationRow = { quote: string; passage: { key: string; text: string }; article: { id: string; title: string } };

export function toCitedPassages(rows: CitationRow[]): CitedPassage[] {
  return rows.map((c) => ({ articleId: c.article.id, articleTitle: c.article.title, passageKey: c.passage.key, passageText: c.passage.text, quote: c.quote }));
}

export async function getFeedback(userId: string, reviewId: string): Promise<Feedback | null> {
  const review = await db.review.findFirst({
    where: { id: reviewId, userId },
    select: {
      id: true, answer: true, correct: true, rating: true, undoneAt: true,
      question: { select: { id: true, type: true, prompt: true, answers: true, explanation: true, citations: CITATIONS } },
    },
  });
  if (!review) return null;
  const { question } = review;
  return {
    reviewId: review.id,
    questionId: question.id,
    type: question.type,
    prompt: question.prompt,
    given: review.answer,
    correct: review.correct,
    rating: review.rating,
    expected: (JSON.parse(question.answers) as string[])[0],
    explanation: question.explanation,
    citations: toCitedPassages(question.citations),
    undone: review.undoneAt !== null,
  };
}
