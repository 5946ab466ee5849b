// Property-based tests: random input thrown at answer matching, grading and the content parser.
// Whatever arrives, they answer (true, false, a list of problems) and never throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../lib/content/parse-article";
import { parseSet } from "../../lib/content/parse-set";
import { isCorrect, ratingForAnswer } from "../../lib/srs/grade";
import { matchesAnswer, normalizeAnswer } from "../../lib/srs/match";
import { ARTICLE, SET } from "../support/content-fixture";

const RUNS = { numRuns: 500 };

describe("answer matching, for any input", () => {
  it("never throws, and an exact accepted answer always matches", () => {
    fc.assert(fc.property(fc.string(), fc.array(fc.string(), { maxLength: 4 }), (given, accepted) => {
      expect(typeof matchesAnswer(given, accepted)).toBe("boolean");
      if (normalizeAnswer(given) !== "") expect(matchesAnswer(given, [given, ...accepted])).toBe(true);
    }), RUNS);
  });

  it("ignores case and surrounding punctuation", () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z]{5,12}( [a-z]{3,8})?$/), (answer) => {
      expect(matchesAnswer(`  ${answer.toUpperCase()}!`, [answer])).toBe(true);
    }), RUNS);
  });

  it("never accepts a different number", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9999 }), (a, b) => {
      fc.pre(a !== b);
      expect(matchesAnswer(`July ${a}`, [`July ${b}`])).toBe(false);
    }), RUNS);
  });
});

describe("grading, for any response", () => {
  it("answers right or wrong for objective questions and maps it to Again or Good", () => {
    const question = fc.record({
      type: fc.constantFrom("MULTIPLE_CHOICE" as const, "TRUE_FALSE" as const, "SHORT_ANSWER" as const, "CLOZE" as const),
      choices: fc.array(fc.string(), { maxLength: 5 }),
      answers: fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
    });
    fc.assert(fc.property(question, fc.string({ maxLength: 600 }), (q, response) => {
      const correct = isCorrect(q, response);
      expect(typeof correct).toBe("boolean");
      expect(ratingForAnswer(correct!)).toBe(correct ? 3 : 1);
    }), RUNS);
  });
});

describe("the content parser, for any file", () => {
  it("reports problems with a line number instead of throwing, for random text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => {
      for (const result of [parseSet("x.yaml", text), parseArticle("x.md", text)]) {
        for (const p of result.problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.message.length).toBeGreaterThan(0);
        }
      }
    }), RUNS);
  });

  it("survives valid files with random lines deleted or replaced", () => {
    const mangle = (source: string) =>
      fc.tuple(fc.nat(), fc.string({ maxLength: 40 }), fc.boolean()).map(([at, junk, drop]) => {
        const lines = source.split("\n");
        const i = at % lines.length;
        if (drop) lines.splice(i, 1);
        else lines[i] = junk;
        return lines.join("\n");
      });
    fc.assert(fc.property(mangle(SET), (text) => {
      const { set, problems } = parseSet("x.yaml", text);
      expect(set !== undefined || problems.length > 0).toBe(true);
    }), RUNS);
    fc.assert(fc.property(mangle(ARTICLE), (text) => {
      const { article, problems } = parseArticle("x.md", text);
      expect(article !== undefined || problems.length > 0).toBe(true);
    }), RUNS);
  });
});
