// `npm run -s content:export` prints the whole question bank as JSON on stdout.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

type Exported = {
  sets: {
    id: string;
    title: string;
    questions: {
      id: string;
      type: string;
      prompt: string;
      choices: string[];
      answers: string[];
      explanation: string;
      citations: { article: string; passageId: string; passageText: string; quote: string }[];
    }[];
  }[];
};

describe("content:export", () => {
  it("prints every set and question with citations that carry their passage text", () => {
    const stdout = execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/content-export.ts"], {
      encoding: "utf8",
    });
    const bank = JSON.parse(stdout) as Exported;
    expect(bank.sets.length).toBeGreaterThanOrEqual(6);
    const questions = bank.sets.flatMap((s) => s.questions);
    expect(questions.length).toBeGreaterThanOrEqual(60);
    const call = questions.find((q) => q.id === "call-weekday")!;
    expect(call).toMatchObject({
      type: "multiple-choice",
      answers: ["Tuesday"],
      choices: ["Monday", "Tuesday", "Wednesday", "Thursday"],
    });
    expect(call.citations[0]).toMatchObject({ article: "cnn-biden-xi-call", passageId: "call" });
    for (const q of questions) {
      expect(Object.keys(q).sort()).toEqual(["answers", "choices", "citations", "explanation", "id", "prompt", "type"]);
      for (const c of q.citations) expect(c.passageText).toContain(c.quote);
    }
  });
});
