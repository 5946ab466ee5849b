// `npx tsx scripts/draft-report.ts [--sample N]`: issue 18's measurement of the drafts for the shipped articles,
// each drafted with the other as its set: drafts by type, the share whose quote is verbatim in its passage and
// holds its answer, the share of multiple-choice drafts with at least three valid distractors, and the top N
// drafts of each article (default 15) to judge by hand. Not part of npm test: a figure to read, not a check.
import { parseArgs } from "node:util";
import { loadContent } from "../lib/content/load";
import { draftFacts } from "../lib/drafts/draft";
import { readArticle } from "../lib/drafts/read-article";
import { normaliseAnswer } from "../lib/drafts/normalise";
import { distractorProblems } from "../lib/drafts/rules";
import { sourceFromArticle } from "../lib/drafts/source";
import type { EntityKind } from "../lib/drafts/types";

const { values } = parseArgs({ options: { sample: { type: "string", default: "15" } } });
const sample = Number(values.sample);
const articles = loadContent().articles.map(sourceFromArticle);
const pct = (n: number, of: number) => (of === 0 ? "n/a" : `${Math.round((100 * n) / of)}% (${n}/${of})`);

for (const article of articles) {
  const others = articles.filter((a) => a !== article);
  const drafted = draftFacts(article, others);
  // The kind each name has anywhere in the set, to judge a distractor by what it is, not by where it came from.
  const kinds = new Map<string, EntityKind>();
  for (const e of [...readArticle(article).entities, ...others.flatMap((o) => readArticle(o).entities)]) {
    if (!kinds.has(normaliseAnswer(e.text))) kinds.set(normaliseAnswer(e.text), e.kind);
  }
  const byType = new Map<string, number>();
  let verbatim = 0;
  let answerInQuote = 0;
  let mcValid = 0;
  const mc = drafted.filter(({ draft }) => draft.type === "multiple-choice");
  for (const { draft, fact } of drafted) {
    byType.set(draft.type, (byType.get(draft.type) ?? 0) + 1);
    const text = article.passages.find((p) => p.key === draft.citation.passage)?.text ?? "";
    if (
      text.slice(draft.citation.start, draft.citation.end) === draft.citation.quote &&
      text.includes(draft.citation.quote)
    )
      verbatim++;
    if (draft.citation.quote.includes(fact.entity.text)) answerInQuote++;
    if (draft.type === "multiple-choice") {
      const distractors = draft.choices
        .filter((c) => c !== draft.answers[0])
        .map((text) => ({
          text,
          kind: kinds.get(normaliseAnswer(text)) ?? (/^\d+$/.test(text) ? draft.kind : ("unknown" as EntityKind)),
        }));
      const alsoTrue = new Set(fact.neighbours.filter((e) => e !== fact.entity).map((e) => normaliseAnswer(e.text)));
      if (
        distractors.length >= 3 &&
        distractorProblems(draft.answers[0], distractors, draft.kind, alsoTrue).length === 0
      )
        mcValid++;
    }
  }
  console.log(`\n## ${article.id}: ${drafted.length} drafts from ${article.passages.length} passages`);
  console.log(`by type: ${[...byType].map(([t, n]) => `${t} ${n}`).join(", ")}`);
  console.log(`quote verbatim in its passage: ${pct(verbatim, drafted.length)}`);
  console.log(`answer inside the quote: ${pct(answerInQuote, drafted.length)}`);
  console.log(`multiple choice with ≥ 3 valid distractors: ${pct(mcValid, mc.length)}`);
  console.log(`\ntop ${sample}:`);
  drafted.slice(0, sample).forEach(({ draft }, i) => {
    const answer = draft.type === "true-false" ? draft.answers[0] : draft.answers.join(" | ");
    const choices = draft.type === "multiple-choice" ? `  [${draft.choices.join(" / ")}]` : "";
    console.log(
      `${i + 1}. (${draft.type}, ${draft.kind}, ${draft.citation.passage}) ${draft.prompt}\n   → ${answer}${choices}`,
    );
  });
}
