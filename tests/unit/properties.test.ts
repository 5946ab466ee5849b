// Property-based tests: random input thrown at answer matching, grading and the content parser.
// Whatever arrives, they answer (true, false, a list of problems) and never throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../lib/content/parse-article";
import { parseSet } from "../../lib/content/parse-set";
import { isCorrect, ratingForAnswer } from "../../lib/srs/grade";
import { matchAnswer, matchesAnswer, normalizeAnswer } from "../../lib/srs/match";
import { ARTICLE, SET } from "../support/content-fixture";

const RUNS = { numRuns: 500 };

describe("answer matching, for any input", () => {
  it("never throws, and an exact accepted answer always matches", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 4 }), (given, accepted) => {
        expect(typeof matchesAnswer(given, accepted)).toBe("boolean");
        if (normalizeAnswer(given) !== "") expect(matchesAnswer(given, [given, ...accepted])).toBe(true);
      }),
      RUNS,
    );
  });

  it("ignores case and surrounding punctuation", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{5,12}( [a-z]{3,8})?$/), (answer) => {
        expect(matchesAnswer(`  ${answer.toUpperCase()}!`, [answer])).toBe(true);
      }),
      RUNS,
    );
  });

  it("never accepts a different number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9999 }), (a, b) => {
        fc.pre(a !== b);
        expect(matchesAnswer(`July ${a}`, [`July ${b}`])).toBe(false);
      }),
      RUNS,
    );
  });
});

// Words of letters only, that are no negation themselves ("nothing", "cannot", "wouldnt").
const word = (min: number, max: number) =>
  fc.stringMatching(new RegExp(`^[a-z]{${min},${max}}$`)).filter((w) => !/^(n|without|cannot)|nt$/.test(w));
const NEGATING_PREFIXES = ["in", "un", "non", "dis", "il", "ir", "im", "a", "an", "anti", "counter"];
const group = (digits: string, separator: string) => digits.replace(/\B(?=(\d{3})+$)/g, separator);
const SEPARATORS = [" ", ",", ".", "\u2009", "\u202F", "\u00A0"];

describe("typed answers: the rules a teacher agrees with, for any word or number", () => {
  it("forgives two neighbouring letters swapped in a word of 6 letters or more (not the first)", () => {
    fc.assert(
      fc.property(word(6, 16), fc.nat(), (w, at) => {
        const i = 1 + (at % (w.length - 2));
        fc.pre(w[i] !== w[i + 1]);
        const swapped = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
        expect(matchAnswer(swapped, [w])).toEqual({ kind: "typo", spelling: w });
        expect(matchAnswer(`Hello ${swapped}`, [`hello ${w}`])).toEqual({ kind: "typo", spelling: `hello ${w}` });
      }),
      RUNS,
    );
  });

  it("forgives one letter missing, extra or wrong after the first in a word of 6 letters or more, and nothing in a shorter word", () => {
    fc.assert(
      fc.property(
        word(2, 16),
        fc.nat(),
        fc.constantFrom("missing", "extra", "wrong"),
        fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"),
        (w, at, slip, letter) => {
          const i = 1 + (at % (w.length - 1));
          const changed =
            slip === "missing"
              ? w.slice(0, i) + w.slice(i + 1)
              : slip === "extra"
                ? w.slice(0, i) + letter + w.slice(i)
                : w.slice(0, i) + letter + w.slice(i + 1);
          fc.pre(changed !== w && !/^(n|without|cannot)|nt$/.test(changed));
          const verdict = matchAnswer(changed, [w]);
          expect(verdict.kind).toBe(w.length >= 6 ? "typo" : "wrong");
        },
      ),
      RUNS,
    );
  });

  it("never accepts a word with a negating prefix added or removed", () => {
    fc.assert(
      fc.property(word(1, 14), fc.constantFrom(...NEGATING_PREFIXES), fc.boolean(), (w, prefix, hyphen) => {
        // The Greek a- negates only before a consonant (atypical); before a vowel it is an- (anaerobic).
        fc.pre(!(prefix === "a" && /^[aeiou]/.test(w)));
        const negated = prefix + (hyphen ? "-" : "") + w;
        expect(matchesAnswer(negated, [w])).toBe(false);
        expect(matchesAnswer(w, [negated])).toBe(false);
        expect(matchesAnswer(`the ${negated} one`, [`the ${w} one`])).toBe(false);
      }),
      RUNS,
    );
  });

  it("never accepts an answer with a negation added or removed", () => {
    fc.assert(
      fc.property(
        fc.array(word(1, 12), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.constantFrom("not", "no", "never", "isn't", "didn't", "without"),
        (words, at, negation) => {
          const negated = [...words];
          negated.splice(at % (words.length + 1), 0, negation);
          expect(matchesAnswer(negated.join(" "), [words.join(" ")])).toBe(false);
          expect(matchesAnswer(words.join(" "), [negated.join(" ")])).toBe(false);
        },
      ),
      RUNS,
    );
  });

  it("reads any whole number of 1000 or more with its digits grouped as that number", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1000n, max: 10n ** 15n }), fc.constantFrom(...SEPARATORS), (n, separator) => {
        const digits = n.toString();
        expect(matchAnswer(group(digits, separator), [digits])).toEqual({ kind: "exact" });
        expect(matchAnswer(`about ${group(digits, separator)} people`, [`about ${group(digits, ",")} people`])).toEqual(
          { kind: "exact" },
        );
        expect(matchAnswer(digits, [group(digits, " ")])).toEqual({ kind: "exact" });
      }),
      RUNS,
    );
  });

  it("never accepts a different number, however it is grouped", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.constantFrom("", ...SEPARATORS),
        fc.constantFrom("", " ", ","),
        (a, b, separator, answerSeparator) => {
          fc.pre(a !== b);
          expect(matchesAnswer(group(String(a), separator), [group(String(b), answerSeparator)])).toBe(false);
          expect(matchesAnswer(`July ${a}`, [`July ${b}`])).toBe(false);
        },
      ),
      RUNS,
    );
  });
});

describe("grading, for any response", () => {
  it("answers right or wrong for objective questions and maps it to Again or Good", () => {
    const question = fc.record({
      type: fc.constantFrom(
        "MULTIPLE_CHOICE" as const,
        "TRUE_FALSE" as const,
        "SHORT_ANSWER" as const,
        "CLOZE" as const,
      ),
      choices: fc.array(fc.string(), { maxLength: 5 }),
      answers: fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(question, fc.string({ maxLength: 600 }), (q, response) => {
        const correct = isCorrect(q, response);
        expect(typeof correct).toBe("boolean");
        expect(ratingForAnswer(correct!)).toBe(correct ? 3 : 1);
      }),
      RUNS,
    );
  });
});

describe("the content parser, for any file", () => {
  it("reports problems with a line number instead of throwing, for random text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        for (const result of [parseSet("x.yaml", text), parseArticle("x.md", text)]) {
          for (const p of result.problems) {
            expect(p.line).toBeGreaterThanOrEqual(1);
            expect(p.message.length).toBeGreaterThan(0);
          }
        }
      }),
      RUNS,
    );
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
    fc.assert(
      fc.property(mangle(SET), (text) => {
        const { set, problems } = parseSet("x.yaml", text);
        expect(set !== undefined || problems.length > 0).toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(mangle(ARTICLE), (text) => {
        const { article, problems } = parseArticle("x.md", text);
        expect(article !== undefined || problems.length > 0).toBe(true);
      }),
      RUNS,
    );
  });
});
