// What a learner sees after answering: right or wrong, the answer, the explanation and the cited
// passages. Only ever for the learner's own answer, so nothing leaks before one is given.
import { db } from "../db";

export type CitedPassage = { articleId: string; articleTitle: string; passageKey: string; passageText: string; quote: string };



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

/** A question's answer, explanation and cited passages: what a learner may see once they have answered. */
export async function revealQuestion(questionId: string) {
  const question = await db.question.findUnique({
    where: { id: questionId },
    select: { id: true, type: true, prompt: true, answers: true, explanation: true, citations: CITATIONS },
  });
  if (!question) return null;
  return {
    questionId: question.id,
    type: question.type,
    prompt: question.prompt,
    expected: (JSON.parse(question.answers) as string[])[0],
    explanation: question.explanation,
    citations: toCitedPassages(question.citations),
  };
}

export type Revealed = NonNullable<Awaited<ReturnType<typeof revealQuestion>>>;

export type Feedback = Revealed & { reviewId: string; given: string | null; correct: boolean | null; rating: number; undone: boolean };

export async function getFeedback(userId: string, reviewId: string): Promise<Feedback | null> {
  const review = await db.review.findFirst({
    where: { id: reviewId, userId },
    select: { id: true, questionId: true, answer: true, correct: true, rating: true, undoneAt: true },
  });
  const revealed = review && (await revealQuestion(review.questionId));
  if (!review || !revealed) return null;
  return { ...revealed, reviewId: review.id, given: review.answer, correct: review.correct, rating: review.rating, undone: review.undoneAt !== null };
}
