// The set editor's question form, read into the common question shape (lib/content/types.ts) through the very
// function content files go through (toQuestion in lib/content/parse-set.ts), so a question written in the
// browser is stored, studied and graded exactly as one written in content/. Every check is the shared one
// (lib/content/question-checks.ts), with content:check's wording, placed on the field it concerns. Pure.
import { BLANK, toQuestion, type QuestionFields } from "../content/parse-set";
import { answerProblem, blankProblem, emptyProblem, repeatedChoiceProblems } from "../content/question-checks";
import { QUESTION_TYPES, type Question, type QuestionType } from "../content/types";
import { QUESTION_MAX_CHARACTERS } from "./limits";

/** The form's fields as sent (text; lists one item per line). */
export type QuestionFormInput = {
  type: string;
  /** The prompt; a cloze's text with its one {{blank}}; a flashcard's front. */
  prompt: string;
  /** Multiple choice: one choice per line. */
  choices?: string;
  /** The answer shown as correct: a choice (multiple choice), "True" or "False", the typed answer, or a flashcard's back. */
  answer?: string;
  /** Short answer and cloze: other accepted answers, one per line. */
  accept?: string;
  explanation: string;
};

/** What the question form makes: the question's shape without id and citations, or the problems by field. */
export type QuestionFormResult =
  { ok: true; question: Omit<Question, "id" | "citations"> } | { ok: false; errors: Record<string, string> };

/** The editor's labels for the five types, in the order the type chooser shows them. */
export const TYPE_LABELS: Record<QuestionType, string> = {
  "multiple-choice": "Multiple choice",
  "true-false": "True or false",
  "short-answer": "Short answer",
  cloze: "Cloze (fill the blank)",
  flashcard: "Flashcard",
};

/** Whether `value` names a question type. */
export function isQuestionType(value: unknown): value is QuestionType {
  return typeof value === "string" && (QUESTION_TYPES as readonly string[]).includes(value);
}

const count = (n: number) => new Intl.NumberFormat("en-GB").format(n);
/** The message for `text` past `max` characters (QUESTION_MAX_CHARACTERS), or undefined. */
const tooLong = (text: string, max: number) =>
  text.length > max ? `may have at most ${count(max)} characters; this has ${count(text.length)}` : undefined;
/** The message for the first of `items` past `max` characters, or undefined. */
const longest = (items: string[], max: number) => {
  const long = items.find((item) => item.length > max);
  return long === undefined
    ? undefined
    : `each line may have at most ${count(max)} characters; one has ${count(long.length)}`;
};

const lines = (text: string | undefined) =>
  (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Reads the question form: `{ ok: true, question }` in the stored shape (type, prompt, choices, answers with
 * the one shown as correct first, explanation), or `{ ok: false, errors }` by field name (prompt, choices,
 * answer, accept, explanation, type), each message the one content:check prints for the same fault.
 * `optionalExplanation`: an empty explanation passes (imports from formats that carry none, issue 19).
 */
export function readQuestionForm(
  input: QuestionFormInput,
  { optionalExplanation = false }: { optionalExplanation?: boolean } = {},
): QuestionFormResult {
  const errors: Record<string, string> = {};
  const problem = (field: string, message: string | undefined) => {
    if (message && !errors[field]) errors[field] = message;
  };
  if (!isQuestionType(input.type)) return { ok: false, errors: { type: "Choose a question type." } };
  const type = input.type;
  const prompt = input.prompt.trim();
  const answer = (input.answer ?? "").trim();
  const explanation = input.explanation.trim();

  problem("prompt", emptyProblem(prompt));
  problem("prompt", tooLong(prompt, QUESTION_MAX_CHARACTERS.prompt));
  problem("explanation", tooLong(explanation, QUESTION_MAX_CHARACTERS.explanation));
  problem("answer", tooLong(answer, QUESTION_MAX_CHARACTERS.answer));
  if (type === "cloze") problem("prompt", blankProblem(prompt));
  if (!optionalExplanation) problem("explanation", emptyProblem(explanation));
  if (type !== "true-false" && type !== "cloze") problem("answer", emptyProblem(answer));

  const choices = lines(input.choices);
  const accept = lines(input.accept);
  problem("choices", longest(choices, QUESTION_MAX_CHARACTERS.answer));
  problem("accept", longest(accept, QUESTION_MAX_CHARACTERS.answer));
  if (type === "multiple-choice") {
    if (choices.length < 2) problem("choices", "needs at least two choices, one per line");
    problem("choices", repeatedChoiceProblems(choices)[0]?.message);
    if (answer) problem("answer", answerProblem(choices, answer));
  }
  if (type === "true-false" && answer !== "True" && answer !== "False") problem("answer", "Choose True or False.");
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  // id and cite are the caller's: toQuestion carries them through untouched.
  const common = { id: "", explanation, cite: [] };
  const fields: QuestionFields =
    type === "multiple-choice"
      ? { ...common, type, prompt, choices, answer }
      : type === "true-false"
        ? { ...common, type, prompt, answer: answer === "True" }
        : type === "short-answer"
          ? { ...common, type, prompt, answer, accept }
          : type === "cloze"
            ? { ...common, type, text: prompt, accept }
            : { ...common, type, front: prompt, back: answer };
  const { id: _id, citations: _citations, ...question } = toQuestion(fields);
  return { ok: true, question };
}

/**
 * The form's fields for a stored question (the inverse of readQuestionForm), to edit it in place: a cloze's
 * blank is written back into its text as {{answer}}.
 */
export function questionFormValues(question: Omit<Question, "id" | "citations">): Required<QuestionFormInput> {
  const [first = "", ...rest] = question.answers;
  const base = {
    type: question.type,
    prompt: question.prompt,
    choices: "",
    answer: first,
    accept: "",
    explanation: question.explanation,
  };
  switch (question.type) {
    case "multiple-choice":
      return { ...base, choices: question.choices.join("\n") };
    case "short-answer":
      return { ...base, accept: rest.join("\n") };
    case "cloze":
      return { ...base, prompt: question.prompt.replace(BLANK, `{{${first}}}`), answer: "", accept: rest.join("\n") };
    default:
      return base;
  }
}

/** Whether an edit changes what counts as right: the answer shown as correct, or, for multiple choice, the choices. */
export function answerChanged(
  before: Pick<Question, "type" | "choices" | "answers">,
  after: Pick<Question, "type" | "choices" | "answers">,
): boolean {
  if (before.type !== after.type || before.answers[0] !== after.answers[0]) return true;
  return after.type === "multiple-choice" && JSON.stringify(before.choices) !== JSON.stringify(after.choices);
}
