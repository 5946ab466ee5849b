// Reads a question-set file (YAML) into the common question shape, reporting each problem with its line.
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { CLOZE_BLANK, hasOneBlank, MUST_NOT_BE_EMPTY, NEEDS_A_CITATION, ONE_BLANK } from "./question-checks";
import { slug } from "./slug";
import { QUESTION_TYPES, type Problem, type Question, type QuestionSet } from "./types";
import { yamlData } from "./yaml-data";
import { lineLocator, type LineOf } from "./yaml-lines";
import { zodProblems } from "./zod-problems";

export { CLOZE_BLANK };
export const BLANK = "_____";

const text = z.string().trim().min(1, MUST_NOT_BE_EMPTY);
const citation = z.strictObject({ article: slug, passage: slug, quote: text });
const common = {
  id: slug,
  explanation: text,
  cite: z.array(citation).min(1, NEEDS_A_CITATION),
};

const questionSchema = z.discriminatedUnion("type", [
  z.strictObject({ ...common, type: z.literal("multiple-choice"), prompt: text, choices: z.array(text).min(2), answer: text }),
  z.strictObject({ ...common, type: z.literal("true-false"), prompt: text, answer: z.boolean() }),
  z.strictObject({ ...common, type: z.literal("short-answer"), prompt: text, answer: text, accept: z.array(text).default([]) }),
  z.strictObject({
    ...common,
    type: z.literal("cloze"),
    text: text.refine(hasOneBlank, ONE_BLANK),
    accept: z.array(text).default([]),
  }),
  z.strictObject({ ...common, type: z.literal("flashcard"), front: text, back: text }),
]);

const setSchema = z.strictObject({
  id: slug,
  title: text,
  description: text,
  order: z.number().int().default(0),
  questions: z.array(z.unknown()).min(1, "the set has no questions"),
});


/** A question as a content file writes it (the YAML fields), for toQuestion. */
export type QuestionFields = z.infer<typeof questionSchema>;

/** A question in its file shape as the common question shape that the database stores (lib/content/sync.ts). */
export function toQuestion(q: QuestionFields): Question {
  const base = { id: q.id, type: q.type, explanation: q.explanation, citations: q.cite };
  switch (q.type) {
    case "multiple-choice":
      return { ...base, prompt: q.prompt, choices: q.choices, answers: [q.answer] };
    case "true-false":
      return { ...base, prompt: q.prompt, choices: ["True", "False"], answers: [q.answer ? "True" : "False"] };
    case "short-answer":
      return { ...base, prompt: q.prompt, choices: [], answers: [q.answer, ...q.accept] };
    case "cloze": {
      const blanks = [...q.text.matchAll(CLOZE_BLANK)].map((m) => m[1].trim());
      return { ...base, prompt: q.text.replace(CLOZE_BLANK, BLANK), choices: [], answers: [...blanks.slice(0, 1), ...q.accept] };
    }
    case "flashcard":
      return { ...base, prompt: q.front, choices: [], answers: [q.back] };
  }
}

export type ParsedSet = { set?: QuestionSet; problems: Problem[]; lineOf: LineOf; questionIndex: Map<string, number> };

export function parseSet(file: string, source: string): ParsedSet {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineOf = lineLocator(doc, lineCounter);
  const questionIndex = new Map<string, number>();
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => ({
      file,
      line: lineCounter.linePos(e.pos[0]).line,
      message: `not valid YAML: ${e.message.split("\n")[0]}`,
    }));
    return { problems, lineOf, questionIndex };
  }
  const data = yamlData(doc);
  if (!data.ok) return { problems: [{ file, line: 1, message: data.message }], lineOf, questionIndex };
  const parsed = setSchema.safeParse(data.data);
  if (!parsed.success) return { problems: zodProblems(file, parsed.error, lineOf), lineOf, questionIndex };

  const problems: Problem[] = [];
  const questions: Question[] = [];
  parsed.data.questions.forEach((raw, index) => {
    const { id: rawId, type } = (raw ?? {}) as { id?: unknown; type?: unknown };
    const where = typeof rawId === "string" ? `question "${rawId}": ` : `question ${index + 1}: `;
    if (typeof type === "string" && !(QUESTION_TYPES as readonly string[]).includes(type)) {
      const message = `${where}unknown type "${type}" (use one of: ${QUESTION_TYPES.join(", ")})`;
      problems.push({ file, line: lineOf(["questions", index, "type"]), message });
      return;
    }
    const result = questionSchema.safeParse(raw);
    if (!result.success) {
      problems.push(...zodProblems(file, result.error, (path) => lineOf(["questions", index, ...path]), where));
      return;
    }
    questionIndex.set(result.data.id, index);
    questions.push(toQuestion(result.data));
  });
  const { questions: _questions, ...meta } = parsed.data;
  return { set: { ...meta, questions }, problems, lineOf, questionIndex };
}
