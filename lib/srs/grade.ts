// Grading on the server: whether a response answers a question, and the FSRS rating it earns.
import { matchAnswer } from "./match";
import { Rating, type Grade } from "./scheduler";

export type GradableQuestion = {
  type: "MULTIPLE_CHOICE" | "TRUE_FALSE" | "SHORT_ANSWER" | "CLOZE" | "FLASHCARD";
  choices: string[];
  answers: string[];
};

/** Typed questions, graded leniently (lib/srs/match.ts); a learner may overrule a "wrong" verdict on one. */
export const TYPED_TYPES: readonly GradableQuestion["type"][] = ["SHORT_ANSWER", "CLOZE"];

/**
 * The verdict on a response: `correct` is true or false for objective questions and null for
 * flashcards, which the learner grades; `typo` is the accepted spelling when a typed answer was right
 * only as a slip of it (to show the learner), else null.
 */
export function gradeResponse(
  question: GradableQuestion,
  response: string,
): { correct: boolean | null; typo: string | null } {
  switch (question.type) {
    case "MULTIPLE_CHOICE":
    case "TRUE_FALSE":
      return { correct: response === question.answers[0], typo: null };
    case "SHORT_ANSWER":
    case "CLOZE": {
      const verdict = matchAnswer(response, question.answers);
      return { correct: verdict.kind !== "wrong", typo: verdict.kind === "typo" ? verdict.spelling : null };
    }
    case "FLASHCARD":
      return { correct: null, typo: null };
  }
}

/** True or false for objective questions; null for flashcards, which the learner grades. */
export function isCorrect(question: GradableQuestion, response: string): boolean | null {
  return gradeResponse(question, response).correct;
}

/** How sure a learner says they were of a right answer. */
export type Confidence = "guessed" | "sure" | "easy";

/** Wrong → Again, right → Good; after a right answer the learner may say Hard ("I guessed") or Easy. */
export function ratingForAnswer(correct: boolean, confidence: Confidence = "sure"): Grade {
  if (!correct) return Rating.Again;
  if (confidence === "guessed") return Rating.Hard;
  return confidence === "easy" ? Rating.Easy : Rating.Good;
}
