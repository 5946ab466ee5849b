// One GIFT question (as gift-pegjs reads it) as a Footnote question, or the reason it cannot be one. Moodle's
// GIFT rules are followed (docs.moodle.org "GIFT format"): `=` right, `~` wrong, `%n%` a weight in percent,
// `#` an answer's feedback, `####` the general feedback; a true/false question's first feedback is shown for
// the wrong answer and its second for the right one.
import type { GIFTQuestion, MultipleChoice, ShortAnswer, TextChoice, TrueFalse } from "gift-pegjs";
import { BLANK } from "../../content/parse-set";
import { repeatedChoiceProblems } from "../../content/question-checks";
import type { ImportedQuestion } from "../types";
import { giftText } from "./gift-text";

/** A question that came in (with what it lost on the way, if anything), or why it did not. */
export type GiftOutcome =
  { question: Omit<ImportedQuestion, "where" | "id">; lost: string[]; images: number } | { skipped: string };

const NOT_IMPORTED: Partial<Record<GIFTQuestion["type"], string>> = {
  Description: "a description (text with no question) is not a question",
  Essay: "an essay question has no answer to grade",
  Numerical: "numerical questions (a number within a range) are not imported: Footnote grades text answers",
  Matching: "matching questions are not imported: Footnote has no matching type",
};

type Choice = { text: string; weight: number; feedback: string; images: number };

// A choice's credit in percent: `%n%` when given, else 100 for `=` and 0 for `~`.
const credit = (c: TextChoice) => c.weight ?? (c.isCorrect ? 100 : 0);

function readChoices(choices: TextChoice[]): Choice[] {
  return choices.map((c) => {
    const text = giftText(c.text);
    const feedback = giftText(c.feedback);
    return { text: text.text, weight: credit(c), feedback: feedback.text, images: text.images + feedback.images };
  });
}

const joinLines = (parts: string[]) => parts.filter((p) => p !== "").join("\n");

// General feedback first, then the right answer's feedback, then each other answer's, named.
function explanation(general: string, choices: Choice[], right: Choice[]): string {
  const others = choices.filter((c) => !right.includes(c) && c.feedback !== "");
  return joinLines([general, ...right.map((c) => c.feedback), ...others.map((c) => `${c.text}: ${c.feedback}`)]);
}

const blanks = (prompt: string) => prompt.split(BLANK).length - 1;

/**
 * `q` as a Footnote question: multiple choice (one choice at 100%; with its answers inside the text, the prompt
 * carries the blank), true/false (choices True/False), short answer (every answer at 100% accepted, the first
 * shown), missing word (answers inside the text, no wrong ones) as a cloze with one BLANK. Partial credit is
 * dropped and said in `lost`. Descriptions, essays, numerical and matching questions, multiple choice with no
 * single right answer, and questions left empty once their markup is reduced give `skipped` with the reason.
 */
export function giftQuestion(q: Exclude<GIFTQuestion, { type: "Category" }>): GiftOutcome {
  const reason = NOT_IMPORTED[q.type];
  if (reason) return { skipped: reason };
  const stem = giftText((q as MultipleChoice).stem);
  if (stem.text === "") return { skipped: "the question has no text" };
  const general = giftText((q as MultipleChoice).globalFeedback);
  switch (q.type) {
    case "TF":
      return trueFalse(q, stem.text, general.text, stem.images + general.images);
    case "MC":
      return multipleChoice(q, stem.text, general.text, stem.images + general.images);
    case "Short":
      return shortAnswer(q, stem.text, general.text, stem.images + general.images);
    default:
      return { skipped: "this kind of GIFT question is not imported" };
  }
}

function trueFalse(q: TrueFalse, prompt: string, general: string, images: number): GiftOutcome {
  const right = q.isTrue ? "True" : "False";
  const wrong = q.isTrue ? "False" : "True";
  // gift-pegjs names the two feedbacks trueFeedback and falseFeedback, but they are Moodle's wrong and right.
  const wrongFeedback = giftText(q.trueFeedback);
  const rightFeedback = giftText(q.falseFeedback);
  const text = joinLines([general, rightFeedback.text, wrongFeedback.text && `${wrong}: ${wrongFeedback.text}`]);
  return {
    question: {
      type: "true-false",
      prompt,
      choices: ["True", "False"],
      answers: [right],
      explanation: text,
      citations: [],
    },
    lost: [],
    images: images + wrongFeedback.images + rightFeedback.images,
  };
}

function multipleChoice(q: MultipleChoice, prompt: string, general: string, images: number): GiftOutcome {
  const choices = readChoices(q.choices);
  if (choices.some((c) => c.text === "")) return { skipped: "a choice is empty once its markup is left out" };
  if (choices.length < 2) return { skipped: "a multiple-choice question needs at least two choices" };
  const repeated = repeatedChoiceProblems(choices.map((c) => c.text));
  if (repeated.length > 0) return { skipped: repeated[0].message };
  const right = choices.filter((c) => c.weight >= 100);
  if (right.length !== 1)
    return {
      skipped:
        right.length === 0
          ? "no choice is fully right (Footnote grades one right answer, without partial credit)"
          : `${right.length} choices are right (Footnote's multiple choice has one right answer)`,
    };
  if (q.hasEmbeddedAnswers && blanks(prompt) !== 1) return { skipped: "the text needs exactly one blank" };
  const partial = choices.filter((c) => c.weight > 0 && c.weight < 100);
  return {
    question: {
      type: "multiple-choice",
      prompt,
      choices: choices.map((c) => c.text),
      answers: [right[0].text],
      explanation: explanation(general, choices, right),
      citations: [],
    },
    lost: partial.map((c) => `partial credit for "${c.text}" (${c.weight}%) dropped: it counts as wrong`),
    images: images + choices.reduce((n, c) => n + c.images, 0),
  };
}

function shortAnswer(q: ShortAnswer, prompt: string, general: string, images: number): GiftOutcome {
  const choices = readChoices(q.choices);
  const right = choices.filter((c) => c.weight >= 100 && c.text !== "");
  if (right.length === 0) return { skipped: "no answer is fully right (Footnote has no partial credit)" };
  const answers = [...new Set(right.map((c) => c.text))];
  const partial = choices.filter((c) => c.weight > 0 && c.weight < 100);
  const cloze = q.hasEmbeddedAnswers;
  if (cloze && blanks(prompt) !== 1) return { skipped: "the text needs exactly one blank" };
  return {
    question: {
      type: cloze ? "cloze" : "short-answer",
      prompt,
      choices: [],
      answers,
      explanation: explanation(general, choices, right),
      citations: [],
    },
    lost: partial.map((c) => `partial credit for "${c.text}" (${c.weight}%) dropped: it is not accepted`),
    images: images + choices.reduce((n, c) => n + c.images, 0),
  };
}
