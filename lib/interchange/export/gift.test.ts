// GIFT read back by gift-pegjs, an independent parser of Moodle's format: every question's type, answers and
// feedback, for a shipped set and for text full of GIFT's control characters.
import { parse, type GIFTQuestion, type MultipleChoice, type ShortAnswer, type TrueFalse } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { contentExportedSet } from "../testing/content-set-a2";
import { HOSTILE, hostileSet } from "../testing/hostile-set-a2";
import type { ExportedSet } from "../types";
import { exportGift, giftEscape } from "./gift";
import { feedbackText } from "./source-notes";

async function readBack(set: ExportedSet) {
  const file = await exportGift(set);
  const text = new TextDecoder().decode(file.bytes);
  return { file, text, questions: parse(text) as Exclude<GIFTQuestion, { type: "Category" }>[] };
}

function expectSame(set: ExportedSet, questions: Awaited<ReturnType<typeof readBack>>["questions"]) {
  expect(questions.map((q) => q.title)).toEqual(set.questions.map((q) => q.id));
  set.questions.forEach((q, i) => {
    const read = questions[i];
    // gift-pegjs joins a missing word's two halves with one space either side of its blank.
    const blankSpaced = (text: string) => text.replace(/\s*_____\s*/, " _____ ");
    expect(read.stem).toEqual({ format: "plain", text: blankSpaced(q.prompt) });
    if (read.type === "Description" || read.type === "Category")
      throw new Error(`question ${q.id} read as ${read.type}`);
    expect(read.globalFeedback).toEqual({ format: "plain", text: feedbackText(set, q) });
    switch (q.type) {
      case "multiple-choice": {
        expect(read.type).toBe("MC");
        const choices = (read as MultipleChoice).choices;
        expect(choices.map((c) => c.text.text)).toEqual(q.choices);
        expect(choices.filter((c) => c.isCorrect).map((c) => c.text.text)).toEqual([q.answers[0]]);
        break;
      }
      case "true-false":
        expect(read.type).toBe("TF");
        expect((read as TrueFalse).isTrue).toBe(q.answers[0] === "True");
        break;
      default:
        expect(read.type).toBe("Short");
        expect(read.hasEmbeddedAnswers).toBe(q.type === "cloze");
        expect((read as ShortAnswer).choices.map((c) => [c.isCorrect, c.text.text])).toEqual(
          q.answers.map((a) => [true, a]),
        );
    }
  });
}

describe("exportGift", () => {
  it("writes a shipped set that gift-pegjs reads back question for question, with the sources as general feedback", async () => {
    const set = contentExportedSet("the-call");
    const { file, questions, text } = await readBack(set);
    expect(file).toMatchObject({ extension: ".gift.txt", mediaType: "text/plain; charset=utf-8", leftOut: [] });
    expectSame(set, questions);
    const first = questions[0] as MultipleChoice;
    expect(first.globalFeedback!.text).toContain(`Source: “${set.questions[0].citations[0].quote}”`);
    expect(first.globalFeedback!.text).toContain(set.questions[0].citations[0].link);
    expect(text).toMatch(/^\/\/ Footnote question set: The call itself\n/);
  });

  it("round-trips prompts, choices, answers and feedback full of ~ = # { } : and backslashes, of every type", async () => {
    const set = hostileSet();
    const { questions } = await readBack(set);
    expectSame(set, questions);
    expect(questions.at(-1)!.type).toBe("Short");
  });

  it("escapes every control character, and line breaks, so none ends or opens anything", () => {
    expect(giftEscape("~=#{}:\\")).toBe("\\~\\=\\#\\{\\}\\:\\\\");
    expect(giftEscape("a\r\n\nb")).toBe("a\\n\\nb");
    expect(giftEscape(HOSTILE)).not.toMatch(/(^|[^\\])[~=#{}]/);
  });
});
