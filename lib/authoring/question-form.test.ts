// The set editor's question form makes the shape content files make, and refuses what content:check
// refuses with the same words.
import { describe, expect, it } from "vitest";
import { parseSet } from "../content/parse-set";
import { checkContent } from "../content/check";
import { answerChanged, questionFormValues, readQuestionForm } from "./question-form";

const cite = "    cite: [{ article: a, passage: p, quote: q }]\n";
/** The question as content:check reads it from YAML (id and citations dropped). */
function fromYaml(question: string) {
  const parsed = parseSet("set.yaml", `id: s\ntitle: S\ndescription: D\nquestions:\n  - id: q1\n${question}${cite}`);
  const { id: _id, citations: _citations, ...shape } = parsed.set!.questions[0] ?? {};
  return { shape, problems: parsed.problems.map((p) => p.message), parsed };
}

describe("the question form", () => {
  it.each([
    [
      {
        type: "multiple-choice",
        prompt: " Which day? ",
        choices: "Monday\n\nTuesday \n",
        answer: "Tuesday",
        explanation: "Said.",
      },
      "    type: multiple-choice\n    prompt: Which day?\n    choices: [Monday, Tuesday]\n    answer: Tuesday\n    explanation: Said.\n",
    ],
    [
      { type: "true-false", prompt: "They spoke.", answer: "False", explanation: "Said." },
      "    type: true-false\n    prompt: They spoke.\n    answer: false\n    explanation: Said.\n",
    ],
    [
      {
        type: "short-answer",
        prompt: "Who?",
        answer: "Janet Yellen",
        accept: "Yellen\nJ. Yellen",
        explanation: "Said.",
      },
      "    type: short-answer\n    prompt: Who?\n    answer: Janet Yellen\n    accept: [Yellen, J. Yellen]\n    explanation: Said.\n",
    ],
    [
      { type: "cloze", prompt: "They spoke on {{ Tuesday }}.", accept: "Tues", explanation: "Said." },
      "    type: cloze\n    text: They spoke on {{ Tuesday }}.\n    accept: [Tues]\n    explanation: Said.\n",
    ],
    [
      { type: "flashcard", prompt: "Yellen", answer: "Treasury Secretary", explanation: "Said." },
      "    type: flashcard\n    front: Yellen\n    back: Treasury Secretary\n    explanation: Said.\n",
    ],
  ])("makes the shape a content file makes: %o", (form, yaml) => {
    const result = readQuestionForm(form);
    expect(result).toEqual({ ok: true, question: fromYaml(yaml).shape });
    if (result.ok) expect(readQuestionForm(questionFormValues(result.question))).toEqual(result);
  });

  it.each([
    [
      { type: "flashcard", prompt: "  ", answer: "b", explanation: "e" },
      "prompt",
      "    type: flashcard\n    front: ' '\n    back: b\n    explanation: e\n",
    ],
    [
      { type: "short-answer", prompt: "p", answer: "a", explanation: "" },
      "explanation",
      "    type: short-answer\n    prompt: p\n    answer: a\n    explanation: ''\n",
    ],
    [
      { type: "cloze", prompt: "no blank", explanation: "e" },
      "prompt",
      "    type: cloze\n    text: no blank\n    explanation: e\n",
    ],
    [
      { type: "cloze", prompt: "{{a}} {{b}}", explanation: "e" },
      "prompt",
      "    type: cloze\n    text: '{{a}} {{b}}'\n    explanation: e\n",
    ],
  ])("refuses with content:check's wording, on the field: %o", (form, field, yaml) => {
    const result = readQuestionForm(form);
    const problem = fromYaml(yaml).problems[0];
    expect(result.ok).toBe(false);
    if (!result.ok) expect(problem.endsWith(result.errors[field])).toBe(true);
  });

  it("words an answer not among the choices and a repeated choice as content:check does", () => {
    const form = readQuestionForm({
      type: "multiple-choice",
      prompt: "p",
      choices: "Yes\nyes\nNo",
      answer: "Maybe",
      explanation: "e",
    });
    const yaml =
      "    type: multiple-choice\n    prompt: p\n    choices: [Yes, yes, No]\n    answer: Maybe\n    explanation: e\n";
    const { parsed } = fromYaml(yaml);
    const article = { id: "a", title: "A", passages: [{ id: "p", text: "q", line: 1 }] };
    const problems = checkContent([{ file: "a.md", article }], [{ file: "set.yaml", parsed: parsed as never }]).map(
      (p) => p.message,
    );
    expect(form.ok).toBe(false);
    if (form.ok) return;
    expect(problems).toEqual([`question "q1": ${form.errors.answer}`, `question "q1": ${form.errors.choices}`]);
    expect(form.errors).toEqual({
      answer: 'answer "Maybe" is not among its choices',
      choices: 'choice "yes" appears twice',
    });
  });

  it("refuses a field past its length, by field, whatever the type", () => {
    const long = (n: number) => "x".repeat(n);
    const within = readQuestionForm({
      type: "multiple-choice",
      prompt: long(2_000),
      choices: `${long(500)}\nNo`,
      answer: long(500),
      explanation: long(5_000),
    });
    expect(within.ok).toBe(true);
    const past = readQuestionForm({
      type: "short-answer",
      prompt: long(2_001),
      answer: long(501),
      accept: `ok\n${long(600)}`,
      explanation: long(5_001),
    });
    expect(past).toEqual({
      ok: false,
      errors: {
        prompt: "may have at most 2,000 characters; this has 2,001",
        answer: "may have at most 500 characters; this has 501",
        accept: "each line may have at most 500 characters; one has 600",
        explanation: "may have at most 5,000 characters; this has 5,001",
      },
    });
    const choices = readQuestionForm({
      type: "multiple-choice",
      prompt: "p",
      choices: `a\n${long(501)}`,
      answer: "a",
      explanation: "e",
    });
    expect(choices).toMatchObject({
      ok: false,
      errors: { choices: "each line may have at most 500 characters; one has 501" },
    });
  });

  it("counts a new answer, new choices or a new type as a change of answer, and new wording as none", () => {
    const mc = { type: "multiple-choice" as const, choices: ["A", "B"], answers: ["A"] };
    expect(answerChanged(mc, { ...mc })).toBe(false);
    expect(answerChanged(mc, { ...mc, answers: ["B"] })).toBe(true);
    expect(answerChanged(mc, { ...mc, choices: ["A", "C"] })).toBe(true);
    expect(answerChanged(mc, { ...mc, type: "short-answer", choices: [] })).toBe(true);
    const typed = { type: "short-answer" as const, choices: [], answers: ["Yellen"] };
    expect(answerChanged(typed, { ...typed, answers: ["Yellen", "Janet Yellen"] })).toBe(false);
  });
});
