// Grading on the server: whether a response answers a question, and the FSRS rating it earns.
import { matchesAnswer } from "./match";
import { Rating, type Grade } from "./scheduler";

export type GradableQuestion = {
  type: "MULTIPLE_CHOICE" | "TRUE_FALSE" | "SHORT_ANSWER" | "CLOZE" | "FLASHCARD";
  choices: string[];
  answers: string[];
};

/** True or false for objective questions; null for flashcards, which the learner grades. */
export function isCorrect(question: GradableQuestion, response: string): boolean | null {
  switch (question.type) {
    case "MULTIPLE_CHOICE":
    case "TRUE_FALSE":
      return response === question.answers[0];
    case "SHORT_ANSWER":
    case "CLOZE":
      return matchesAnswer(response, question.answers);
    case "FLASHCARD":
      return null;
  }
}

/** How sure a learner says they were of a right answer. */
export type Confidence = "guessed" | "sure" | "easy";

/** Wrong → Again, right → Good; after a right answer the learner may say Hard ("I guessed") or Easy. */
export function ratingForAnswer(correct: boolean, confidence: Confidence = "sure"): Grade {
  if (!correct) return Rating.Again;
  if (confidence === "guessed") return Rating.Hard;
  return confidence === "easy" ? Rating.Easy : Rating.Good;
}
