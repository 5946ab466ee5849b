// Every draft through content:check's own checks (lib/content/question-checks.ts and toQuestion), so nothing is
// proposed that the set editor or content:check would refuse.
import { BLANK, toQuestion, type QuestionFields } from "../content/parse-set";
import {
  answerProblem,
  blankProblem,
  emptyProblem,
  quoteProblem,
  repeatedChoiceProblems,
} from "../content/question-checks";
import { ID_PATTERN } from "../content/slug";
import type { Draft } from "./types";

/** A draft in content/'s file shape (what a set's YAML would hold), for toQuestion. */
export function draftFields(draft: Draft): QuestionFields {
  const cite = [{ article: draft.citation.article, passage: draft.citation.passage, quote: draft.citation.quote }];
  const common = { id: draft.id, explanation: draft.explanation, cite };
  switch (draft.type) {
    case "multiple-choice":
      return { ...common, type: draft.type, prompt: draft.prompt, choices: draft.choices, answer: draft.answers[0] };
    case "true-false":
      return { ...common, type: draft.type, prompt: draft.prompt, answer: draft.answers[0] === "True" };
    case "short-answer":
      return {
        ...common,
        type: draft.type,
        prompt: draft.prompt,
        answer: draft.answers[0],
        accept: draft.answers.slice(1),
      };
    case "cloze":
      return {
        ...common,
        type: draft.type,
        text: draft.prompt.replace(BLANK, `{{${draft.answers[0]}}}`),
        accept: draft.answers.slice(1),
      };
    case "flashcard":
      return { ...common, type: draft.type, front: draft.prompt, back: draft.answers[0] };
  }
}

/**
 * What content:check would refuse in a draft whose passage text is `passageText`: empty fields, ids that are not
 * content ids, a cloze without exactly one blank, an answer missing from its choices, repeated choices, a quote
 * not in its passage, or a stored shape that differs from what toQuestion makes of the file shape.
 */
export function contentCheckProblems(draft: Draft, passageText: string): string[] {
  const fields = draftFields(draft);
  const problems: (string | undefined)[] = [
    emptyProblem(draft.prompt),
    emptyProblem(draft.explanation),
    ...draft.answers.map(emptyProblem),
    ...draft.choices.map(emptyProblem),
    ...[draft.id, draft.citation.article, draft.citation.passage].map((id) =>
      ID_PATTERN.test(id) ? undefined : `"${id}" is not a content id`,
    ),
    quoteProblem(passageText, draft.citation.quote, `${draft.citation.article}#${draft.citation.passage}`),
  ];
  if (fields.type === "cloze") problems.push(blankProblem(fields.text));
  if (draft.type === "multiple-choice") {
    problems.push(answerProblem(draft.choices, draft.answers[0]));
    problems.push(...repeatedChoiceProblems(draft.choices).map((p) => p.message));
  }
  const stored = toQuestion(fields);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (stored.prompt !== draft.prompt || !same(stored.choices, draft.choices) || !same(stored.answers, draft.answers)) {
    problems.push("the draft differs from its stored shape");
  }
  return problems.filter((p): p is string => p !== undefined);
}
