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
    expect(set.questions.map((q) => [q.prompt, q.answers[0]])).toEqual([["Bonjour", "Hello"]]);
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
    expect(binary).toMatchObject({ code: "import-refused" });
  });
});
