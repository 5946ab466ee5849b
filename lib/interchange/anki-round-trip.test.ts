// Footnote's own .apkg read back by Footnote's Anki importer: every question arrives, clozes keep their answer,
// and the Source field's quote travels into the explanation (its citation cannot: the package has no articles).
import { describe, expect, it } from "vitest";
import { BLANK } from "../content/parse-set";
import { exportApkg } from "./export/apkg";
import { readApkg } from "./import/apkg";
import { exportedContentSets } from "./testing/content-set";

describe("an exported .apkg imported again", () => {
  for (const set of exportedContentSets()) {
    it(`${set.id}: every question comes back, in its deck, with its source`, async () => {
      const file = await exportApkg(set);
      const imported = await readApkg(file.bytes, `${set.id}.apkg`);
      expect(imported.title).toBe(set.title);
      expect(imported.questions).toHaveLength(set.questions.length);
      for (const [i, q] of set.questions.entries()) {
        const back = imported.questions[i];
        expect(back.citations).toEqual([]);
        expect(back.explanation).toContain(q.citations[0].quote);
        if (q.type === "cloze") {
          expect(back.type).toBe("cloze");
          expect(back.prompt).toBe(q.prompt);
          expect(back.answers[0]).toBe(q.answers[0]);
          expect(back.prompt.split(BLANK)).toHaveLength(2);
        } else {
          expect(back.prompt).toContain(q.prompt);
          expect(back.answers[0]).toContain(q.answers[0]);
        }
      }
    });
  }
});
