// Writes a question set as content/'s YAML file (content/README.md): each question in its type's file form.
// The inverse of lib/content/parse-set.ts for the questions the database holds.
import { BLANK, CLOZE_BLANK } from "./parse-set";
import type { Citation } from "./types";
import { contentYaml } from "./write-article";

/** The question types as the database names them (Question.type). */
export type StoredQuestionType = "MULTIPLE_CHOICE" | "TRUE_FALSE" | "SHORT_ANSWER" | "CLOZE" | "FLASHCARD";

/** A question as the database stores it: `answers` first the one shown as correct, `prompt` a cloze's text with its blank as "_____". */
export type StoredQuestion = {
  id: string;
  type: StoredQuestionType;
  prompt: string;
  choices: string[];
  answers: string[];
  explanation: string;
  citations: Citation[];
};

export type SetFileData = {
  id: string;
  title: string;
  description: string;
  order: number;
  questions: StoredQuestion[];
};

/** The rest of the answers (other accepted spellings), left out when there are none. */
const accepted = (answers: string[]) => (answers.length > 1 ? answers.slice(1) : undefined);

/** A cloze's `text`: the stored prompt with its blank ("_____") filled by the answer in {{ }}; a prompt that already holds one is kept. */
function clozeText(q: StoredQuestion): string {
  if (q.prompt.match(CLOZE_BLANK)) return q.prompt;
  return q.prompt.replace(BLANK, () => `{{${q.answers[0] ?? ""}}}`);
}

/** One question in its type's file form (content/README.md's table), fields in the README's order. */
function questionEntry(q: StoredQuestion): Record<string, unknown> {
  const cite = q.citations.map((c) => ({ article: c.article, passage: c.passage, quote: c.quote }));
  const head = { id: q.id };
  switch (q.type) {
    case "MULTIPLE_CHOICE":
      return { ...head, type: "multiple-choice", prompt: q.prompt, choices: q.choices, answer: q.answers[0], explanation: q.explanation, cite };
    case "TRUE_FALSE":
      return { ...head, type: "true-false", prompt: q.prompt, answer: /^true$/i.test(q.answers[0] ?? ""), explanation: q.explanation, cite };
    case "SHORT_ANSWER":
      return { ...head, type: "short-answer", prompt: q.prompt, answer: q.answers[0], accept: accepted(q.answers), explanation: q.explanation, cite };
    case "CLOZE":
      return { ...head, type: "cloze", text: clozeText(q), accept: accepted(q.answers), explanation: q.explanation, cite };
    case "FLASHCARD":
      return { ...head, type: "flashcard", front: q.prompt, back: q.answers[0], explanation: q.explanation, cite };
  }
}

/**
 * The set's YAML file. A set without a description (a teacher's may have none; content/ requires one) is
 * described by its title; `order` is written only when not 0.
 */
export function setYaml(set: SetFileData): string {
  return contentYaml({
    id: set.id,
    title: set.title,
    description: set.description.trim() || set.title,
    order: set.order || undefined,
    questions: set.questions.map(questionEntry),
  });
}
