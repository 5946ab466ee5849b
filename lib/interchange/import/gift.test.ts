import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error";
import { importedSetProblems } from "./apkg-test-package";
import { readGift } from "./gift";
import { sampleGift } from "./gift-sample";

const bytes = (text: string) => new TextEncoder().encode(text);
const read = (text: string, name = "week-3 quiz.gift") => readGift(bytes(text), name);

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("import-refused");
  return (error as AppError).message;
};

// A quiz as a teacher types it: comments, a category, titles, feedback, escapes, every kind of question.
const QUIZ = `// Week 3: the Congress of Vienna
// typed by hand

$CATEGORY: $course$/top/Modern History/Congress of Vienna

::Host city::Where did the Congress meet? {
  =Vienna#Yes, in the Habsburg capital.
  ~Paris#No\\: Paris hosted the 1814 treaty.
  ~Berlin
  ####The Congress met from 1814 to 1815.
}

// true/false, with Moodle's two feedbacks (wrong answer's, then right answer's)
::Napoleon present::Napoleon attended the Congress. {F#He was on Elba, then at war.#Right\\: he was not there.}

::Who chaired::Who chaired the Congress? {=Metternich =Klemens von Metternich#Either name.}

The Congress redrew the map of {=Europe} after 1815.

The final act was signed on {~8 June =9 June ~10 June} 1815.

::Escapes::Ratio of 1\\:2, a set \\{a\\}, \\= and \\~ and \\# signs,\\nthen a new line? {=yes}

::Html::[html]<p>Which <b>treaty</b> &amp; which <script>alert(1)</script>year?</p> {=Paris 1814}

How many states sent delegates? {#216:10}

::Match::Match the delegates. {=Austria -> Metternich =Britain -> Castlereagh =France -> Talleyrand}

Describe the Concert of Europe. {}

Read the passage before answering.
`;

describe("readGift: a teacher's quiz", () => {
  it("reads every importable kind, each with the line it starts on", async () => {
    const set = await read(QUIZ);
    expect(set.format).toBe("gift");
    expect(set.title).toBe("Congress of Vienna");
    expect(set.articles).toEqual([]);
    expect(set.questions.map((q) => [q.where, q.type, q.id])).toEqual([
      ["line 6", "multiple-choice", "host-city"],
      ["line 14", "true-false", "napoleon-present"],
      ["line 16", "short-answer", "who-chaired"],
      ["line 18", "cloze", undefined],
      ["line 20", "multiple-choice", undefined],
      ["line 22", "short-answer", "escapes"],
      ["line 24", "short-answer", "html"],
    ]);
    expect(importedSetProblems(set)).toEqual([]);
  });

  it("maps multiple choice: choices in order, the = one as answer, feedback as the explanation", async () => {
    const [mc] = (await read(QUIZ)).questions;
    expect(mc).toMatchObject({
      prompt: "Where did the Congress meet?",
      choices: ["Vienna", "Paris", "Berlin"],
      answers: ["Vienna"],
      explanation:
        "The Congress met from 1814 to 1815.\nYes, in the Habsburg capital.\nParis: No: Paris hosted the 1814 treaty.",
      citations: [],
    });
  });

  it("maps true/false to the choices True and False, Moodle's right-answer feedback first", async () => {
    const tf = (await read(QUIZ)).questions[1];
    expect(tf).toMatchObject({
      prompt: "Napoleon attended the Congress.",
      choices: ["True", "False"],
      answers: ["False"],
      explanation: "Right: he was not there.\nTrue: He was on Elba, then at war.",
    });
  });

  it("maps short answer (first shown, all accepted) and missing word (a cloze, or choices around the blank)", async () => {
    const [, , short, cloze, missingChoice] = (await read(QUIZ)).questions;
    expect(short).toMatchObject({
      prompt: "Who chaired the Congress?",
      answers: ["Metternich", "Klemens von Metternich"],
    });
    expect(cloze).toMatchObject({
      prompt: "The Congress redrew the map of _____ after 1815.",
      answers: ["Europe"],
      choices: [],
    });
    expect(missingChoice).toMatchObject({
      type: "multiple-choice",
      prompt: "The final act was signed on _____ 1815.",
      choices: ["8 June", "9 June", "10 June"],
      answers: ["9 June"],
    });
  });

  it("undoes GIFT's escapes and reduces [html] to text, never keeping markup", async () => {
    const questions = (await read(QUIZ)).questions;
    expect(questions[5].prompt).toBe("Ratio of 1:2, a set {a}, = and ~ and # signs,\nthen a new line?");
    expect(questions[6].prompt).toBe("Which treaty & which year?");
  });

  it("lists numerical, matching, essay and description items as skipped, with their lines and why", async () => {
    const set = await read(QUIZ);
    expect(set.skipped).toEqual([
      { where: "line 26", reason: expect.stringMatching(/^numerical questions/) },
      { where: "line 28", reason: expect.stringMatching(/^matching questions/) },
      { where: "line 30", reason: "an essay question has no answer to grade" },
      { where: "line 32", reason: "a description (text with no question) is not a question" },
    ]);
  });
});

describe("readGift: Moodle's own export", () => {
  // As Moodle's question bank exports GIFT: a comment per question, [html] text with its = and : escaped.
  const EXPORTED = `// question: 0  name: Switch category to $course$/top/Default for History 101/Vienna
$CATEGORY: $course$/top/Default for History 101/Vienna


// question: 1201  name: Host city
::Host city::[html]<p dir\\="ltr" style\\="text-align\\: left;">Where did the Congress <strong>meet</strong>?</p>{
\t=<p>Vienna</p>#<p>Yes.</p>
\t~<p>Paris</p>#<p>No.</p>
\t####<p>It met 1814–1815.</p>
}


// question: 1203  name: Short
::Short::[html]<p>Who chaired it?</p>{
\t=Metternich
\t=%50%Meternich
}
`;

  it("reads its [html] questions and answers as text, its last category as the title", async () => {
    const set = await read(EXPORTED, "questions-History 101.txt");
    expect(set.title).toBe("Vienna");
    expect(set.questions).toEqual([
      {
        type: "multiple-choice",
        prompt: "Where did the Congress meet?",
        choices: ["Vienna", "Paris"],
        answers: ["Vienna"],
        explanation: "It met 1814–1815.\nYes.\nParis: No.",
        citations: [],
        id: "host-city",
        where: "line 6",
      },
      {
        type: "short-answer",
        prompt: "Who chaired it?",
        choices: [],
        answers: ["Metternich"],
        explanation: "",
        citations: [],
        id: "short",
        where: "line 14",
      },
    ]);
    expect(set.skipped).toEqual([
      { where: "line 14", reason: 'partial credit for "Meternich" (50%) dropped: it is not accepted' },
    ]);
  });
});

describe("readGift: choices and credit", () => {
  it("takes the one 100% choice as the answer and says which partial credits were dropped", async () => {
    const set = await read("Jesus was from {~Jerusalem ~%50%Galilee =Nazareth ~%-25%Rome}\n\nOther {T}");
    expect(set.questions[0]).toMatchObject({
      choices: ["Jerusalem", "Galilee", "Nazareth", "Rome"],
      answers: ["Nazareth"],
    });
    expect(set.skipped).toEqual([
      { where: "line 1", reason: 'partial credit for "Galilee" (50%) dropped: it counts as wrong' },
    ]);
  });

  it("accepts a ~%100% choice as the right one", async () => {
    const set = await read("Pick {~%100%this ~that}");
    expect(set.questions[0].answers).toEqual(["this"]);
  });

  it("skips multiple choice with several right answers, or none fully right", async () => {
    const set = await read("Two right {=a =b ~c}\n\nHalf only {~%50%a ~%50%b ~c}\n\nFine {T}");
    expect(set.questions).toHaveLength(1);
    expect(set.skipped).toEqual([
      { where: "line 1", reason: "2 choices are right (Footnote's multiple choice has one right answer)" },
      {
        where: "line 3",
        reason: "no choice is fully right (Footnote grades one right answer, without partial credit)",
      },
    ]);
  });

  it("skips multiple choice whose choices repeat, and a short answer with partial credit only", async () => {
    const set = await read("Same {=Yes ~yes}\n\nPartial {=%50%maybe}\n\nFine {T}");
    expect(set.skipped?.map((s) => s.where)).toEqual(["line 1", "line 3"]);
    expect(set.skipped?.[0].reason).toMatch(/appears twice/);
  });

  it("skips a missing-word question whose text already holds a blank", async () => {
    const set = await read("The _____ and {=the other} one\n\nFine {T}");
    expect(set.skipped).toEqual([{ where: "line 1", reason: "the text needs exactly one blank" }]);
  });
});

describe("readGift: names", () => {
  it("titles the set after the file when there is no category, and keeps the first of two equal ids", async () => {
    const set = await read("::Same::One {T}\n\n::Same::Two {F}\n\n::Café au lait!::Three {T}", "folder/Week 4.gift");
    expect(set.title).toBe("Week 4");
    expect(set.questions.map((q) => q.id)).toEqual(["same", undefined, "cafe-au-lait"]);
  });

  it("takes the last category that names something, not Moodle's placeholders", async () => {
    const set = await read("$CATEGORY: Rome\n\nA {T}\n\n$CATEGORY: $course$/top\n\nB {F}");
    expect(set.title).toBe("Rome");
  });
});

describe("readGift: lines", () => {
  it("counts comment-only blocks, comments above a question and questions over several lines", async () => {
    const set = await read(
      "// header\n\n::A::\nFirst\n{T}\n\n// only a comment\n// two\n\n// above\nSecond {F}\n// after\n\n\n{=Two =2} plus two is four.",
    );
    expect(set.questions.map((q) => [q.where, q.type, q.prompt])).toEqual([
      ["line 3", "true-false", "First"],
      ["line 11", "true-false", "Second"],
      ["line 15", "cloze", "_____ plus two is four."],
    ]);
  });
});

describe("readGift: refusals", () => {
  it("refuses a syntax error with its line", async () => {
    expect(await refusal(read("Fine {T}\n\nBroken {=a ~b\n\nAfter {T}"))).toMatch(/^line 3: Expected/);
  });

  it("refuses a file with no question it can import, saying why for the first", async () => {
    expect(await refusal(read("Pi? {#3.14:0.01}\n\nAn essay {}"))).toBe(
      "The GIFT file holds no question Footnote can import (line 1: numerical questions (a number within a range) are not imported: Footnote grades text answers).",
    );
    expect(await refusal(read("  \n\n"))).toBe("The GIFT file is empty.");
  });

  it("refuses text that is not UTF-8", async () => {
    expect(await refusal(readGift(new Uint8Array([0x51, 0x20, 0xe9, 0x7b, 0x54, 0x7d]), "latin1.gift"))).toMatch(
      /not UTF-8/,
    );
  });

  it("reads a file that starts with a byte-order mark, and Windows line ends", async () => {
    const set = await read("\uFEFF// c\r\n\r\nOne {T}\r\n\r\nTwo {F}\r\n");
    expect(set.questions.map((q) => q.where)).toEqual(["line 3", "line 5"]);
  });
});

describe("readGift: the bench's sample", () => {
  it("reads a 500-question file of every kind in well under the bench's 2 s", async () => {
    const text = sampleGift(500);
    const started = performance.now();
    const set = await read(text);
    const ms = performance.now() - started;
    console.info(`readGift: 500 questions in ${ms.toFixed(0)} ms`);
    expect(set.questions).toHaveLength(500);
    expect(new Set(set.questions.map((q) => q.type))).toEqual(
      new Set(["multiple-choice", "true-false", "short-answer", "cloze"]),
    );
    expect(importedSetProblems(set)).toEqual([]);
    expect(set.skipped).toEqual([]);
    expect(ms).toBeLessThan(2000);
  });
});
