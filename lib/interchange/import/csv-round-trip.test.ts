// Found by the issue 19 tester: Footnote's own CSV and its Anki/Quizlet text, downloaded from a shipped set's
// page and imported again, were refused ("row 1: holds one column"): the separator was guessed from rows of two
// cells, which neither file has (the CSV has a column per field; Anki's text has its note type, deck and GUID
// columns), so any comma in a question could win. What a file says of itself (Footnote's header row, Anki's
// "#separator:" line and its columns) decides before any guess.
import { describe, expect, it } from "vitest";
import { exportAnkiText } from "../export/anki-txt";
import { exportCsv } from "../export/csv";
import { exportedContentSets } from "../testing/content-set";
import { readCsv } from "./csv";

const sets = exportedContentSets();

describe("Footnote's own term-list exports read back by readCsv", () => {
  it.each(sets.map((set) => [set.id, set] as const))("%s: its CSV comes back question for question", async (_, set) => {
    const file = await exportCsv(set);
    const back = await readCsv(file.bytes, `${set.title}.csv`);
    expect(back.questions.map((q) => [q.type, q.prompt, q.answers])).toEqual(
      set.questions.map((q) => [q.type, q.prompt, q.answers]),
    );
  });

  it.each(sets.map((set) => [set.id, set] as const))(
    "%s: its Anki text comes back a note for each question",
    async (_, set) => {
      const file = await exportAnkiText(set);
      const back = await readCsv(file.bytes, `${set.title}.txt`);
      expect(back.questions).toHaveLength(set.questions.length);
      expect(back.questions.map((q) => q.prompt.slice(0, 20))).toEqual(set.questions.map((q) => q.prompt.slice(0, 20)));
    },
  );

  it("honours Anki's #separator line over a guess: a comma file whose rows hold tabs", async () => {
    const back = await readCsv(
      new TextEncoder().encode("#separator:Comma\n#html:false\nFrance\tcountry,Paris\nPeru\tcountry,Lima\n"),
      "list.txt",
    );
    expect(back.questions.map((q) => [q.prompt, q.answers])).toEqual([
      ["France\tcountry", ["Paris"]],
      ["Peru\tcountry", ["Lima"]],
    ]);
  });
});
