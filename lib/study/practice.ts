// Practice mode: every question of a set in shuffled order, graded on the server, without touching
// the learner's schedule or review log. Server code only (it reads the database), without "server-only":
// the practice page is on the Pages Router (pages/sets/[setId]/practice.tsx), which refuses it.
import { randomInt } from "node:crypto";
import { db } from "../db/client";
import { isCorrect } from "../srs/grade";
import { isRemembered, type Grade } from "../srs/scheduler";
import type { PracticeState } from "./practice-token";
import { AppError } from "../errors/app-error";
import { STUDYABLE_QUESTION } from "../content/studyable";

function shuffle<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export async function startPractice(setId: string): Promise<PracticeState | null> {
  const questions = await db.question.findMany({
    where: { setId, ...STUDYABLE_QUESTION, set: { archivedAt: null } },
    select: { id: true },
  });
  if (questions.length === 0) return null;
  return { setId, order: shuffle(questions.map((q) => q.id)), index: 0, score: 0, missed: [], last: null };
}

export async function practiceItem(state: PracticeState) {
  const id = state.order[state.index];
  if (!id) return null;
  const q = await db.question.findUnique({
    where: { id },
    select: { id: true, type: true, prompt: true, choices: true, answers: true },
  });
  if (!q) return null;
  return {
    item: { id: q.id, type: q.type, prompt: q.prompt, choices: JSON.parse(q.choices) as string[] },
    back: (JSON.parse(q.answers) as string[])[0],
  };
}

/** Grades the current question and moves on; for flashcards, Hard or better counts as knowing it. */
export async function answerPractice(
  state: PracticeState,
  questionId: string,
  response: string,
  selfGrade?: Grade,
): Promise<PracticeState> {
  if (state.order[state.index] !== questionId) throw new AppError("practice-answered");
  const q = await db.question.findUnique({
    where: { id: questionId },
    select: { type: true, choices: true, answers: true },
  });
  if (!q) throw new AppError("question-gone");
  const graded = isCorrect({ type: q.type, choices: JSON.parse(q.choices), answers: JSON.parse(q.answers) }, response);
  let correct = graded;
  if (correct === null) {
    if (!selfGrade) throw new AppError("choose-grade");
    correct = isRemembered(selfGrade);
  }
  return {
    ...state,
    index: state.index + 1,
    score: state.score + (correct ? 1 : 0),
    missed: correct ? state.missed : [...state.missed, questionId],
    last: { questionId, given: q.type === "FLASHCARD" ? null : response, correct },
  };
}
