// A flashcard's back and its four self-grade buttons' intervals, shown only once the learner flips it.
import { db } from "../db/client";
import { newCardState, previewIntervals, type Grade } from "../srs/scheduler";
import { CARD_STATE_FIELDS } from "./snapshot";
import { STUDYABLE_QUESTION } from "../content/studyable";

export async function revealFlashcard(
  userId: string,
  questionId: string,
  now = new Date(),
): Promise<{ back: string; intervals: Record<Grade, string> } | null> {
  const question = await db.question.findFirst({
    where: { id: questionId, type: "FLASHCARD", ...STUDYABLE_QUESTION },
    select: { answers: true },
  });
  if (!question) return null;
  const card = await db.card.findUnique({
    where: { userId_questionId: { userId, questionId } },
    select: CARD_STATE_FIELDS,
  });
  return {
    back: (JSON.parse(question.answers) as string[])[0],
    intervals: previewIntervals(card ?? newCardState(now), now),
  };
}
