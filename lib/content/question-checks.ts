// The checks a question must pass, one function each, with the one wording people read: content:check
// (lib/content/check.ts, lib/content/parse-set.ts) prints them after a file and line, and the set editor
// (lib/authoring/question-form.ts) shows them next to the field concerned. Pure.

/** A text field holding nothing but spaces. */
export const MUST_NOT_BE_EMPTY = "must not be empty";
/** A question without a citation. */
export const NEEDS_A_CITATION = "needs at least one citation";
/** A cloze text with no blank, or more than one. */
export const ONE_BLANK = "must hold exactly one {{blank}}";

/** A cloze blank: `{{answer}}`, the answer being what the learner types. */
export const CLOZE_BLANK = /\{\{(.+?)\}\}/g;

/** MUST_NOT_BE_EMPTY when `value` is empty once trimmed, else undefined. */
export function emptyProblem(value: string): string | undefined {
  return value.trim() === "" ? MUST_NOT_BE_EMPTY : undefined;
}

/** Whether a cloze text holds exactly one `{{blank}}`. */
export function hasOneBlank(text: string): boolean {
  return (text.match(CLOZE_BLANK) ?? []).length === 1;
}

/** ONE_BLANK unless `text` holds exactly one `{{blank}}`. */
export function blankProblem(text: string): string | undefined {
  return hasOneBlank(text) ? undefined : ONE_BLANK;
}

/** A multiple-choice question whose answer is not one of its choices (compared exactly, as study grades). */
export function answerProblem(choices: readonly string[], answer: string): string | undefined {
  return choices.includes(answer) ? undefined : `answer "${answer}" is not among its choices`;
}

/** Each choice that repeats an earlier one, ignoring case: its index and the message. */
export function repeatedChoiceProblems(choices: readonly string[]): { index: number; message: string }[] {
  const seen = new Set<string>();
  const problems: { index: number; message: string }[] = [];
  choices.forEach((choice, index) => {
    if (seen.has(choice.toLowerCase())) problems.push({ index, message: `choice "${choice}" appears twice` });
    seen.add(choice.toLowerCase());
  });
  return problems;
}

/**
 * A quote that does not stand verbatim in its passage's text. `where` names the passage as people know it
 * (content/ files: "article#passage").
 */
export function quoteProblem(passageText: string, quote: string, where: string): string | undefined {
  return passageText.includes(quote) ? undefined : `quote not found in passage "${where}": "${quote}"`;
}
