// Drafts questions from an article (issue 18): each fact a usable sentence states becomes at most one question,
// checked by the quality rules and by content:check's own checks, ranked so the facts that matter come first.
import { contentCheckProblems } from "./content-checks";
import { clozePrompt } from "./cloze";
import { draftId } from "./draft-id";
import { normaliseAnswer } from "./normalise";
import { mentionCounts, readArticle, type Fact } from "./read-article";
import { citationProblem, factKey, promptProblem } from "./rules";
import type { Draft, DraftSource, EntityKind } from "./types";

/** Options of draftQuestions: at most `maxPerPassage` drafts per passage (default 3) and `limit` in all. */
export type DraftOptions = { maxPerPassage?: number; limit?: number };

const KIND_WEIGHT: Record<EntityKind, number> = {
  person: 3,
  place: 2.5,
  organisation: 2.5,
  date: 2.5,
  year: 2,
  number: 2,
  amount: 3,
  quotation: 1.5,
};

function explanation(fact: Fact): string {
  return `The article says: “${fact.sentence.text}”`;
}

function clozeDraft(article: DraftSource, fact: Fact, score: number): Draft {
  const answer = fact.entity.text;
  return {
    id: draftId(article.id, fact.passage.key, "cloze", answer),
    type: "cloze",
    prompt: clozePrompt(fact),
    choices: [],
    answers: [answer],
    explanation: explanation(fact),
    kind: fact.entity.kind,
    score,
    citation: {
      article: article.id,
      passage: fact.passage.key,
      quote: fact.sentence.text,
      start: fact.sentence.start,
      end: fact.sentence.end,
    },
  };
}

/** Whether a draft passes every rule and every content check against its passage's text. */
function isSound(draft: Draft, passageText: string): boolean {
  return (
    citationProblem(draft, passageText) === undefined &&
    promptProblem(draft.prompt) === undefined &&
    contentCheckProblems(draft, passageText).length === 0
  );
}

/**
 * Drafted questions for `article`, ranked best first: cloze, multiple choice, true/false and short answer, each
 * citing the sentence that states its fact (verbatim, with offsets in its passage). `others` are the other
 * articles of the set: distractors come from the same article first, then from them, and facts they also name
 * rank higher. At most `maxPerPassage` (default 3) drafts per passage and `limit` (default: no limit) in all.
 * Pure and synchronous; the same article gives the same drafts with the same ids on every run.
 */
export function draftQuestions(
  article: DraftSource,
  others: readonly DraftSource[] = [],
  options: DraftOptions = {},
): Draft[] {
  const { maxPerPassage = 3, limit = Infinity } = options;
  const read = readArticle(article);
  const counts = mentionCounts(read.entities);
  const elsewhere = mentionCounts(others.flatMap((o) => readArticle(o).entities));

  const seen = new Set<string>();
  const drafts: { draft: Draft; order: number }[] = [];
  read.facts.forEach((fact, order) => {
    const key = factKey(
      { article: article.id, passage: fact.passage.key, start: fact.sentence.start },
      fact.entity.text,
    );
    if (seen.has(key)) return;
    const name = normaliseAnswer(fact.entity.text);
    const score =
      KIND_WEIGHT[fact.entity.kind] + Math.min((counts.get(name) ?? 1) - 1, 4) * 0.5 + (elsewhere.has(name) ? 2 : 0);
    const draft = clozeDraft(article, fact, score);
    if (!isSound(draft, fact.passage.text)) return;
    seen.add(key);
    drafts.push({ draft, order });
  });

  drafts.sort((a, b) => b.draft.score - a.draft.score || a.order - b.order);
  const perPassage = new Map<string, number>();
  const chosen: Draft[] = [];
  for (const { draft } of drafts) {
    const n = perPassage.get(draft.citation.passage) ?? 0;
    if (n >= maxPerPassage) continue;
    perPassage.set(draft.citation.passage, n + 1);
    chosen.push(draft);
    if (chosen.length >= limit) break;
  }
  return chosen;
}
