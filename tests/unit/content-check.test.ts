import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import { formatProblem } from "../../lib/content/types";
import { ARTICLE, SET, writeContent } from "../support/content-fixture";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function check(article: string, set: string, extra: Record<string, string> = {}) {
  const dir = writeContent({ "articles/report.md": article, "sets/basics.yaml": set, ...extra });
  dirs.push(dir);
  return loadContent(dir, dir).problems.map(formatProblem);
}

describe("the content checker", () => {
  it("accepts valid content", () => {
    expect(check(ARTICLE, SET)).toEqual([]);
  });

  it("reports a citation of an unknown article", () => {
    expect(
      check(ARTICLE, SET.replace("article: report\n        passage: call", "article: nope\n        passage: call")),
    ).toEqual(['sets/basics.yaml:14: question "call-day": unknown article "nope"']);
  });

  it("reports a citation of an unknown passage", () => {
    expect(check(ARTICLE, SET.replace("passage: visit", "passage: travel"))).toEqual([
      'sets/basics.yaml:26: question "yellen": unknown passage "travel" in article "report"',
    ]);
  });

  it("reports a quote that does not stand verbatim in its passage", () => {
    expect(check(ARTICLE, SET.replace("quote: on Tuesday", "quote: on tuesday"))).toEqual([
      'sets/basics.yaml:16: question "call-day": quote not found in passage "report#call": "on tuesday"',
    ]);
  });

  it("reports a duplicate question id, naming where the first one is", () => {
    expect(check(ARTICLE, SET.replace("id: yellen", "id: call-day"))).toEqual([
      'sets/basics.yaml:17: question "call-day": duplicate question id (also in sets/basics.yaml)',
    ]);
  });

  it("reports a duplicate id across files", () => {
    const other = SET.replace("id: basics", "id: more").replace("id: yellen", "id: other");
    expect(check(ARTICLE, SET, { "sets/more.yaml": other })).toEqual([
      'sets/more.yaml:5: question "call-day": duplicate question id (also in sets/basics.yaml)',
    ]);
  });

  it("reports an answer that is not among the choices", () => {
    expect(check(ARTICLE, SET.replace("answer: Tuesday", "answer: Wednesday"))).toEqual([
      'sets/basics.yaml:11: question "call-day": answer "Wednesday" is not among its choices',
    ]);
  });

  it("reports a missing explanation", () => {
    expect(check(ARTICLE, SET.replace("    explanation: The report says Tuesday.\n", ""))).toEqual([
      'sets/basics.yaml:5: question "call-day": missing "explanation"',
    ]);
  });

  it("reports a question without citations", () => {
    const noCite = SET.replace(
      /    cite:\n      - article: report\n        passage: visit\n        quote: Janet Yellen will travel to Guangzhou\n/,
      "    cite: []\n",
    );
    expect(check(ARTICLE, noCite)).toEqual([
      'sets/basics.yaml:24: question "yellen": "cite": needs at least one citation',
    ]);
  });

  it("reports an empty set", () => {
    expect(check(ARTICLE, "id: basics\ntitle: Basics\ndescription: Nothing yet.\nquestions: []\n")).toEqual([
      'sets/basics.yaml:4: "questions": the set has no questions',
    ]);
  });

  it("reports an unknown question type and an unknown field", () => {
    const problems = check(
      ARTICLE,
      SET.replace("type: short-answer", "type: essay").replace(
        "    prompt: On which",
        "    hint: x\n    prompt: On which",
      ),
    );
    expect(problems).toContain('sets/basics.yaml:5: question "call-day": unknown field "hint"');
    expect(problems).toContain(
      'sets/basics.yaml:19: question "yellen": unknown type "essay" (use one of: multiple-choice, true-false, short-answer, cloze, flashcard)',
    );
  });

  it("reports a cloze without exactly one blank", () => {
    const cloze = SET.replace(
      /  - id: yellen\n    type: short-answer\n    prompt: Who will travel to Guangzhou\?\n    answer: Janet Yellen\n/,
      "  - id: yellen\n    type: cloze\n    text: Janet Yellen will travel to Guangzhou.\n",
    );
    expect(check(ARTICLE, cloze)).toEqual([
      'sets/basics.yaml:19: question "yellen": "text": must hold exactly one {{blank}}',
    ]);
  });

  it("reports YAML that does not parse, with its line", () => {
    const problems = check(
      ARTICLE,
      SET.replace("explanation: The report says Tuesday.", "explanation: The report: says Tuesday."),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^sets\/basics\.yaml:12: not valid YAML: /);
  });

  it("reports a duplicate passage id and a paragraph without a marker", () => {
    const article = ARTICLE.replace("<!-- passage: visit -->", "<!-- passage: call -->") + "\nA stray paragraph.\n";
    expect(check(article, SET)).toEqual([
      'articles/report.md:10: duplicate passage id "call"',
      "articles/report.md:13: paragraph has no passage marker before it (<!-- passage: some-id -->)",
      'sets/basics.yaml:26: question "yellen": unknown passage "visit" in article "report"',
    ]);
  });

  it("reports missing front matter fields and a missing front matter block", () => {
    expect(check(ARTICLE.replace("title: A report\n", ""), SET)).toContain('articles/report.md:2: missing "title"');
    expect(check(ARTICLE.replace(/^---\n[\s\S]*?---\n/, ""), SET)[0]).toBe(
      "articles/report.md:1: must start with front matter between --- lines",
    );
  });
});

describe("YAML that parses but cannot become data", () => {
  it("is reported, not thrown (found by the property tests)", async () => {
    const { parseSet } = await import("../../lib/content/parse-set");
    expect(parseSet("x.yaml", "*!").problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^x\.yaml:1: not valid YAML: /),
    ]);
  });
});
