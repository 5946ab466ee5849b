import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error";
import { readCsv } from "./csv";

const bytes = (text: string) => new TextEncoder().encode(text);
const read = (text: string, fileName = "Capitals.csv", options = {}) => readCsv(bytes(text), fileName, options);

async function refusal(text: string, fileName = "list.csv"): Promise<string> {
  const error = await read(text, fileName).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("import-refused");
  return (error as AppError).message;
}

describe("readCsv", () => {
  it("reads Quizlet's export (term, tab, definition) as flashcards titled after the file", async () => {
    const set = await read("France\tParis\nPeru\tLima\n", "Capitals of the world.txt");
    expect(set.title).toBe("Capitals of the world");
    expect(set.articles).toEqual([]);
    expect(set.questions.map((q) => [q.type, q.prompt, q.answers, q.citations, q.where])).toEqual([
      ["flashcard", "France", ["Paris"], [], "row 1"],
      ["flashcard", "Peru", ["Lima"], [], "row 2"],
    ]);
  });

  it("keeps quote marks in a Quizlet term that nothing quotes", async () => {
    const set = await read('"Veni, vidi\tI came, I saw\nHe said "no"\tHe refused\n');
    expect(set.questions.map((q) => q.prompt)).toEqual(['"Veni, vidi', 'He said "no"']);
  });

  it("reads a spreadsheet's CSV with a header row, quoted commas, a BOM and empty rows", async () => {
    const set = await read(
      '\uFEFFterm,definition\r\n"Lima, Peru",capital\r\n\r\n,\r\nOslo,"capital of ""Norway"""\r\n',
    );
    expect(set.questions.map((q) => [q.prompt, q.answers[0], q.where])).toEqual([
      ["Lima, Peru", "capital", "row 2"],
      ["Oslo", 'capital of "Norway"', "row 5"],
    ]);
  });

  it("detects semicolons, and a first row that is no header stays a question", async () => {
    const set = await read("Question;Answer\n2+2;4\n");
    expect(set.questions).toHaveLength(1);
    const plain = await read("Berlin;Germany\nRome;Italy\n");
    expect(plain.questions.map((q) => q.prompt)).toEqual(["Berlin", "Rome"]);
  });

  it("makes typed answers when asked, and takes a title when given", async () => {
    const set = await read("France\tParis\n", "x.tsv", { as: "short-answer", title: "Capitals" });
    expect(set.title).toBe("Capitals");
    expect(set.questions[0]).toMatchObject({ type: "short-answer", prompt: "France", answers: ["Paris"] });
  });

  it("leaves out Anki's GUID and tags columns named in its header lines", async () => {
    const set = await read("#separator:tab\n#html:false\n#guid column:1\n#tags column:4\nabc\tBonjour\tHello\ttag1\n");
    expect(set.questions.map((q) => [q.prompt, q.answers[0], q.where])).toEqual([["Bonjour", "Hello", "row 5"]]);
  });

  it("reads Anki's notes as Footnote's anki-txt export writes them: Basic as flashcards, Cloze with one deletion as cloze", async () => {
    const file = [
      "#separator:tab",
      "#html:false",
      "#deck:The call",
      "#notetype column:3",
      "#deck column:4",
      "#guid column:5",
      "#columns:Front or Text\tBack or Back Extra\tNote type\tDeck\tGUID",
      "Who called?\tBiden · Source: “spoke by phone”\tBasic\tThe call\tg1",
      "They spoke for {{c1::an hour::how long?}}.\tSource: needs one\tCloze\tThe call\tg2",
      "{{c1::Biden}} called {{c2::Xi}}.\t\tCloze\tThe call\tg3",
      "The call was on {{c1::Tuesday}}.\t\tCloze\tThe call\tg4",
    ].join("\n");
    const set = await read(file, "the-call.txt");
    expect(set.questions.map((q) => [q.type, q.prompt, q.answers, q.explanation, q.where])).toEqual([
      ["flashcard", "Who called?", ["Biden · Source: “spoke by phone”"], "", "row 8"],
      ["cloze", "They spoke for _____.", ["an hour"], "Source: needs one", "row 9"],
      ["cloze", "The call was on _____.", ["Tuesday"], "", "row 11"],
    ]);
    expect(set.skipped).toEqual([
      { where: "row 10", reason: "a cloze note with 2 deletions: a Footnote cloze has exactly one blank" },
    ]);
  });

  it("refuses a row with one column, too many, or an empty side, naming the row", async () => {
    expect(await refusal("a\tb\njust one\n")).toMatch(/^row 2: holds one column/);
    expect(await refusal("a,b\nc,d,e\n")).toMatch(/^row 2: holds 3 columns/);
    expect(await refusal("a\tb\n\tdefinition\n")).toBe("row 2: the term is empty");
    expect(await refusal("a;b\nc;  \nq;r\n")).toBe("row 2: the definition is empty");
    expect(await refusal("a,b,,\nc,d,,\ne,,,\n")).toBe("row 3: the definition is empty");
  });

  it("refuses an empty list, more than 500 rows, and a file that is not text", async () => {
    expect(await refusal("\n\n")).toBe("The list holds no rows to import.");
    expect(await refusal("term\tdefinition\n")).toBe("The list holds no rows to import.");
    const rows = Array.from({ length: 501 }, (_, i) => `t${i}\td${i}`).join("\n");
    expect(await refusal(rows)).toMatch(/more than 500 rows/);
    expect((await read(rows.split("\n").slice(0, 500).join("\n"))).questions).toHaveLength(500);
    const binary = await readCsv(new Uint8Array([0x50, 0x4b, 0, 1, 2, 3]), "x.csv").catch((e: AppError) => e);
    expect(binary).toMatchObject({ code: "import-refused", message: "This file is not text: it holds binary data." });
    const huge = await readCsv(new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61), "x.csv").catch((e: AppError) => e);
    expect(huge).toMatchObject({
      code: "import-refused",
      message: expect.stringMatching(/^A file may be at most 5 MB/),
    });
  });

  it("reads Footnote's own CSV export back with types, choices and answers, citations dropped", async () => {
    const header =
      "id,type,prompt,choices,answer,accepted answers,explanation,needs source," +
      "citation 1 article,citation 1 passage,citation 1 quote,citation 1 link";
    const file = [
      header,
      'call-weekday,multiple-choice,On which day did they speak?,"Monday\nTuesday",Tuesday,,CNN says so.,no,CNN,"Biden spoke on Tuesday.",on Tuesday,https://x/p',
      'temp,short-answer,Lowest reading?,,\'-5,"minus five\nminus 5",,yes,,,,',
      'tf,true-false,They spoke.,"True\nFalse",True,,,yes,,,,',
      "gap,cloze,They spoke for _____.,,an hour,,,yes,,,,",
    ].join("\r\n");
    const set = await read(`\uFEFF${file}\r\n`, "the-call.csv");
    expect(set.title).toBe("the-call");
    expect(
      set.questions.map(({ id, type, prompt, choices, answers, explanation, citations, where }) => ({
        id,
        type,
        prompt,
        choices,
        answers,
        explanation,
        citations,
        where,
      })),
    ).toEqual([
      {
        id: "call-weekday",
        type: "multiple-choice",
        prompt: "On which day did they speak?",
        choices: ["Monday", "Tuesday"],
        answers: ["Tuesday"],
        explanation: "CNN says so.",
        citations: [],
        where: "row 2",
      },
      {
        id: "temp",
        type: "short-answer",
        prompt: "Lowest reading?",
        choices: [],
        answers: ["-5", "minus five", "minus 5"],
        explanation: "",
        citations: [],
        where: "row 3",
      },
      {
        id: "tf",
        type: "true-false",
        prompt: "They spoke.",
        choices: ["True", "False"],
        answers: ["True"],
        explanation: "",
        citations: [],
        where: "row 4",
      },
      {
        id: "gap",
        type: "cloze",
        prompt: "They spoke for _____.",
        choices: [],
        answers: ["an hour"],
        explanation: "",
        citations: [],
        where: "row 5",
      },
    ]);
    expect(await refusal(`${header}\r\nx,essay,Why?,,,,,yes,,,,\r\n`)).toMatch(/^row 2: unknown type "essay"/);
  });
});
