// Property test of the quality rules that must never fail (issue 18): on articles made of real-looking news
// sentences in any order, with names, places, numbers, amounts and dates drawn at random, every draft's quote is
// verbatim at its offsets, holds the answer, and the question reads as a teacher's.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftQuestions } from "./draft";
import { normaliseAnswer } from "./normalise";
import type { DraftSource } from "./types";

const PEOPLE = ["Priya Desai", "Mark Ellison", "Helen Okafor", "Anders Franzén", "Sarah Lindqvist", "Tom Adeyemi"];
const PLACES = ["Stockholm", "Riverton", "Poland", "Queensland", "Eastfield", "Hawaii", "Brazil"];
const ORGS = ["the University of Queensland", "Halden Construction", "the Heritage Fund", "the Civic Society"];
const NUMBERS = ["27", "14", "312,000", "thirty", "1,300", "64", "186", "7", "40 percent", "2.5"];
const AMOUNTS = ["£4.2 million", "$600,000", "A$2.3 million", "€1.1 billion", "US$45"];
const DATES = ["1 March 2027", "10 August 1628", "September 1628", "24 April 1961", "Tuesday", "1956", "the 1660s"];

const TEMPLATES: ((p: string, q: string, o: string, n: string, a: string, d: string) => string)[] = [
  (p, q, o, n, a, d) => `${p} told the council in ${q} on ${d} that ${o} would spend ${a} on the plan.`,
  (p, q, _o, n, _a, d) => `The plan passed by ${n} votes to 14 after ${p} spoke in ${q} in ${d}.`,
  (p, _q, o, n, _a, _d) => `Researchers at ${o}, led by ${p}, surveyed ${n} reefs across the region.`,
  (p, q, _o, _n, a, d) => `In ${d}, ${p} found the wreck near ${q} after raising ${a} from donors.`,
  (p, _q, o, _n, _a, _d) => `“This building belongs to everyone,” ${p} of ${o} said.`,
  (_p, q, o, n, a, d) => `${o} will borrow ${a}, and ${n} homes in ${q} will be finished by ${d}.`,
  (p, q, _o, n, _a, d) => `The ship carried ${n} bronze cannons when ${p} sailed her out of ${q} on ${d}.`,
  () => `Advertisement`,
  () => `He said so.`,
  () => `وقالت الحكومة إن المشروع سيكتمل في عام 2027.`,
  (p, _q, _o, _n, _a, _d) => `<b>${p}</b> wrote: "It was rushed".`,
];

const sentence = fc
  .tuple(
    fc.nat(TEMPLATES.length - 1),
    fc.constantFrom(...PEOPLE),
    fc.constantFrom(...PLACES),
    fc.constantFrom(...ORGS),
    fc.constantFrom(...NUMBERS),
    fc.constantFrom(...AMOUNTS),
    fc.constantFrom(...DATES),
  )
  .map(([t, ...parts]) => {
    const text = TEMPLATES[t](...parts);
    return text.charAt(0).toUpperCase() + text.slice(1);
  });

const articleOf = (passages: string[][]): DraftSource => ({
  id: "generated",
  title: "Generated",
  passages: passages.map((sentences, i) => ({ key: `p${i + 1}`, text: sentences.join(" ") })),
});

const passages = fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 });

describe("draftQuestions on generated articles", () => {
  it("quotes verbatim, holds the answer in the quote, and asks as a teacher would", () => {
    fc.assert(
      fc.property(passages, (ps) => {
        const article = articleOf(ps);
        for (const d of draftQuestions(article)) {
          const text = article.passages.find((p) => p.key === d.citation.passage)!.text;
          expect(text.slice(d.citation.start, d.citation.end)).toBe(d.citation.quote);
          expect(d.prompt).toMatch(/^[\p{Lu}_“"]/u);
          // A sentence with one blank, or a question.
          if (d.type === "cloze" || d.prompt.includes("_____")) expect(d.prompt.split("_____").length).toBe(2);
          else expect(d.prompt).toMatch(/\?$/);
          if (d.type === "true-false") continue;
          expect(d.citation.quote).toContain(d.answers[0]);
          expect(d.answers[0]).toMatch(/\p{N}|\p{L}/u);
          const answers = d.answers.map(normaliseAnswer);
          expect(new Set(answers).size).toBe(answers.length);
          if (d.type === "multiple-choice") {
            const choices = (d.choices ?? []).map(normaliseAnswer);
            expect(new Set(choices).size).toBe(choices.length);
            expect(choices.filter((c) => answers.includes(c))).toHaveLength(1);
          }
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
