// The content model as written in content/: articles split into passages, and question sets whose
// questions cite those passages. Pure data; parsing and checking live beside it.

export type Passage = { id: string; text: string; line: number };

export type Article = {
  id: string;
  title: string;
  outlet?: string;
  dateline?: string;
  translation?: string;
  note?: string;
  passages: Passage[];
};

export type Citation = { article: string; passage: string; quote: string };

export const QUESTION_TYPES = ["multiple-choice", "true-false", "short-answer", "cloze", "flashcard"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** A question in one shape for every type: what the database stores and the export prints. */
export type Question = {
  id: string;
  type: QuestionType;
  prompt: string;
  /** The options shown, for multiple choice and true/false; empty otherwise. */
  choices: string[];
  /** Accepted answers; the first is the one shown as correct. */
  answers: string[];
  explanation: string;
  citations: Citation[];
};

export type QuestionSet = {
  id: string;
  title: string;
  description: string;
  order: number;
  questions: Question[];
};

/** A problem found in a content file: where, and what is wrong. */
export type Problem = { file: string; line: number; message: string };

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}
