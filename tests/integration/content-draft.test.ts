// `npm run -s content:draft -- <article>` prints an article's drafts as JSON that content:check accepts.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { BLANK } from "../../lib/content/parse-set";
import type { ExportedDraft } from "../../lib/drafts/export";
import { insertTeacherArticle } from "../support/teacher-article";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const ARTICLES = ["content/articles/cnn-biden-xi-call.md", "content/articles/dutch-report-biden-xi-call.md"];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-draft-"));

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", script, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function draft(arg: string, env: Record<string, string> = {}) {
  const result = run("scripts/content-draft.ts", [arg], env);
  return {
    ...result,
    json: result.status === 0 ? (JSON.parse(result.stdout) as { questions: ExportedDraft[] }) : undefined,
  };
}

/** A drafted question as a question set's YAML writes it (the file shape content:check reads). */
function fileShape(q: ExportedDraft) {
  const cite = q.citations.map((c) => ({ article: c.article, passage: c.passageId, quote: c.quote }));
  const common = { id: q.id, type: q.type, explanation: q.explanation, cite };
  switch (q.type) {
    case "multiple-choice":
      return { ...common, prompt: q.prompt, choices: q.choices, answer: q.answers[0] };
    case "true-false":
      return { ...common, prompt: q.prompt, answer: q.answers[0] === "True" };
    case "short-answer":
      return { ...common, prompt: q.prompt, answer: q.answers[0], accept: q.answers.slice(1) };
    default:
      return { ...common, text: q.prompt.replace(BLANK, `{{${q.answers[0]}}}`), accept: q.answers.slice(1) };
  }
}

describe("content:draft on files", () => {
  it("prints each shipped article's drafts, ranked, which content:check accepts as a set", () => {
    const folder = path.join(tmp, "content");
    fs.mkdirSync(path.join(folder, "articles"), { recursive: true });
    fs.mkdirSync(path.join(folder, "sets"), { recursive: true });
    for (const file of ARTICLES) {
      const { status, json, stderr } = draft(file);
      expect(stderr).toBe("");
      expect(status).toBe(0);
      const questions = json!.questions;
      expect(questions.length).toBeGreaterThan(10);
      for (const q of questions) {
        expect(Object.keys(q).sort()).toEqual([
          "answers",
          "choices",
          "citations",
          "explanation",
          "id",
          "prompt",
          "type",
        ]);
        expect(q.citations[0].passageText).toContain(q.citations[0].quote);
        if (q.type === "multiple-choice") expect(q.choices).toContain(q.answers[0]);
        if (q.type === "cloze") expect(q.prompt.split(BLANK)).toHaveLength(2);
      }
      fs.copyFileSync(file, path.join(folder, "articles", path.basename(file)));
      const set = {
        id: `drafts-${path.basename(file, ".md")}`,
        title: "Drafts",
        description: "Drafted",
        questions: questions.map(fileShape),
      };
      fs.writeFileSync(path.join(folder, "sets", `${set.id}.yaml`), stringify(set));
    }
    const check = run("scripts/content-check.ts", [folder]);
    expect(check.stdout + check.stderr).not.toMatch(/:\d+: /);
    expect(check.status).toBe(0);
  });

  it("drafts from a plain-text file, with passages p1, p2, …", () => {
    const file = path.join(tmp, "Yellen Visit.txt");
    fs.writeFileSync(
      file,
      "Treasury Secretary Janet Yellen will visit China later this week to meet her Chinese counterpart.\n\n" +
        "Yellen will travel to Guangzhou and Beijing to meet with economists, students and business leaders.\n",
    );
    const { status, json } = draft(file);
    expect(status).toBe(0);
    expect(json!.questions.length).toBeGreaterThan(0);
    for (const q of json!.questions) {
      expect(q.citations[0].article).toBe("yellen-visit");
      expect(["p1", "p2"]).toContain(q.citations[0].passageId);
    }
  });

  it("fails with a clear message for a missing file, another format or an empty text", () => {
    const missing = draft(path.join(tmp, "nowhere.md"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no such file: .*nowhere\.md/);
    const pdf = path.join(tmp, "article.pdf");
    fs.writeFileSync(pdf, "%PDF-1.4");
    const other = draft(pdf);
    expect(other.status).toBe(1);
    expect(other.stderr).toMatch(/expected a \.md or \.txt file, or an article id/);
    const empty = path.join(tmp, "empty.txt");
    fs.writeFileSync(empty, "  \n\n  ");
    const blank = draft(empty);
    expect(blank.status).toBe(1);
    expect(blank.stderr).toMatch(/footnote: .*(empty|no text)/i);
    const none = draft("");
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/usage: npm run -s content:draft/);
  });
});

describe("content:draft on stored articles", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("drafts a teacher's stored article by id, and fails for an unknown id or an article without text", async () => {
    const article = await insertTeacherArticle(t.db, null, "Yellen's trip", [
      "Treasury Secretary Janet Yellen will visit China later this week to meet her Chinese counterpart.",
      "Yellen will travel to Guangzhou and Beijing to meet with economists, students and business leaders.",
    ]);
    const env = { DATABASE_URL: t.url };
    const { status, json, stderr } = draft(article.id, env);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(json!.questions.length).toBeGreaterThan(0);
    for (const q of json!.questions) {
      expect(q.citations[0].article).toBe(article.id);
      expect(article.passages.map((p) => p.key)).toContain(q.citations[0].passageId);
    }

    const unknown = draft("no-such-article", env);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no article with id "no-such-article"/);

    const empty = await insertTeacherArticle(t.db, null, "Empty", []);
    const blank = draft(empty.id, env);
    expect(blank.status).toBe(1);
    expect(blank.stderr).toMatch(/has no text to draft from/);
  });
});
