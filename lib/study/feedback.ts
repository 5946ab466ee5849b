// What a learner sees after answering: right or wrong, the answer, the explanation and the cited
// passages. Only ever for the learner's own answer, so nothing leaks before one is given.
import { db } from "../db/client";
import { gradeResponse, TYPED_TYPES } from "../srs/grade";

export type CitedPassage = {
  articleId: string;
  articleTitle: string;
  passageKey: string;
  passageText: string;
  quote: string;
  /** The W3C TextQuoteSelector's context either side of the quote: empty for content/'s citations. */
  context: { prefix: string; suffix: string };
};

export const CITATIONS = {
  orderBy: { position: "asc" },
  select: {
    quote: true,
    prefix: true,
    suffix: true,
    passage: { select: { key: true, text: true } },
    article: { select: { id: true, title: true } },
  },
} as const;

type CitationRow = {
  quote: string;
  prefix: string;
  suffix: string;
  passage: { key: string; text: string };
  article: { id: string; title: string };
};

export function toCitedPassages(rows: CitationRow[]): CitedPassage[] {
  return rows.map((c) => ({
    articleId: c.article.id,
    articleTitle: c.article.title,
    passageKey: c.passage.key,
    passageText: c.passage.text,
    quote: c.quote,
    context: { prefix: c.prefix, suffix: c.suffix },
  }));
}

/**
 * A question's answer, explanation and cited passages: what a learner may see once they have answered.
 * Given the learner's typed answer, `typo` is the accepted spelling when it was right only as a slip
 * of it ("Accepted with a typo"), else null.
 */
export async function revealQuestion(questionId: string, given: string | null = null) {
  const question = await db.question.findUnique({
    where: { id: questionId },
    select: {
      id: true,
      type: true,
      prompt: true,
      choices: true,
      answers: true,
      explanation: true,
      citations: CITATIONS,
    },
  });
  if (!question) return null;
  const answers = JSON.parse(question.answers) as string[];
  return {
    questionId: question.id,
    type: question.type,
    prompt: question.prompt,
    expected: answers[0],
    typo:
      given === null
        ? null
        : gradeResponse({ type: question.type, choices: JSON.parse(question.choices), answers }, given).typo,
    explanation: question.explanation,
    citations: toCitedPassages(question.citations),
  };
}

export type Revealed = NonNullable<Awaited<ReturnType<typeof revealQuestion>>>;

/**
 * The verdict on one of the learner's own answers. `overruled`: the learner said "I was right" and it
 * counts as right; `overrulable`: a typed answer marked wrong that still stands, so they may.
 */
export type Feedback = Revealed & {
  reviewId: string;
  given: string | null;
  correct: boolean | null;
  rating: number;
  undone: boolean;
  overruled: boolean;
  overrulable: boolean;
};

export async function getFeedback(userId: string, reviewId: string): Promise<Feedback | null> {
  const review = await db.review.findFirst({
    where: { id: reviewId, userId },
    select: {
      id: true,
      questionId: true,
      answer: true,
      correct: true,
      rating: true,
      undoneAt: true,
      overruledAt: true,
      mode: true,
    },
  });
  const revealed =
    review && (await revealQuestion(review.questionId, review.correct && !review.overruledAt ? review.answer : null));
  if (!review || !revealed) return null;
  const undone = review.undoneAt !== null;
  const overruled = review.overruledAt !== null;
  return {
    ...revealed,
    reviewId: review.id,
    given: review.answer,
    correct: review.correct,
    rating: review.rating,
    undone,
    overruled,
    overrulable:
      review.correct === false &&
      !undone &&
      !overruled &&
      review.mode === "SCHEDULED" &&
      TYPED_TYPES.includes(revealed.type),
  };
}
