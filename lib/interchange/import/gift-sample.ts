// A GIFT file of any length for the bench (`npm run bench`: 500 questions imported in ≤ 2 s) and the tests:
// every importable kind in turn, with titles, comments, feedback, escapes and [html], as a teacher types them.

const KINDS = [
  (i: number) =>
    `// multiple choice\n::Capital ${i}::Which city is capital number ${i}? {\n  =Paris#Right.\n  ~Rome#No, that is Italy's.\n  ~Berlin\n  ####Paris has been the capital since 987.\n}`,
  (i: number) => `::True or false ${i}::The treaty number ${i} was signed in 1648. {T####Signed at Münster.}`,
  (i: number) => `::Short ${i}::Who wrote report ${i} \\{the first\\}? {=Smith =J. Smith#Either spelling.}`,
  (i: number) => `::Missing word ${i}::The river {=Seine} runs through the city numbered ${i}.`,
  (i: number) =>
    `::Missing choice ${i}::[html]<p>Vote number ${i} was held on the {~1st =2nd ~3rd} of May &amp; June.</p>`,
];

/**
 * A GIFT file of `n` questions (a $CATEGORY line first, then the five importable kinds in turn: multiple
 * choice, true/false, short answer, missing word, missing word with choices), each with a unique title.
 */
export function sampleGift(n: number): string {
  const questions = Array.from({ length: n }, (_, i) => KINDS[i % KINDS.length](i + 1));
  return ["// A sample quiz", "$CATEGORY: $course$/top/Sample quiz", ...questions].join("\n\n") + "\n";
}
