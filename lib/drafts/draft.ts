// Drafts questions from an article (issue 18): each fact a usable sentence states becomes at most one question,
// checked by the quality rules and by content:check's own checks, ranked so the facts that matter come first.
import { createHash } from "node:crypto";
import { contentCheckProblems } from "./content-checks";
import { distractorPool, pickDistractors } from "./distractors";
import { draftId } from "./draft-id";
import type { Entity } from "./entities";
import { clozeDraft, multipleChoiceDraft, shortAnswerDraft, trueFalseDraft, type DraftInput } from "./make-draft";
import { mentionCounts, readArticle, type Fact } from "./read-article";
import { factScore, rankDrafts } from "./rank";
import {
  answerGivenAway,
  answerTooLong,
  canSwap,
  citationProblem,
  distractorProblems,
  factKey,
  promptProblem,
  vagueQuotation,
} from "./rules";
import { normaliseAnswer } from "./normalise";
import type { Draft, DraftSource } from "./types";

/** Options of draftQuestions: at most `maxPerPassage` drafts per passage (default 3) and `limit` in all. */
export type DraftOptions = { maxPerPassage?: number; limit?: number };

/** Every rule a draft must pass against its passage's text, and content:check's checks; [] when sound. */
export function draftProblems(draft: Draft, fact: Fact, sentenceEntities: readonly Entity[]): string[] {
  const problems = [
    citationProblem(draft.citation, fact.passage.text, fact.entity.text),
    promptProblem(draft.prompt),
    draft.type === "true-false" ? undefined : answerGivenAway(draft.prompt, draft.answers[0]),
    draft.type === "true-false" ? undefined : answerTooLong(draft.answers[0]),
    vagueQuotation(fact.entity.kind, fact.entity.text),
    ...contentCheckProblems(draft, fact.passage.text),
  ];
  if (draft.type === "multiple-choice") {
    const alsoTrue = new Set(sentenceEntities.filter((e) => e !== fact.entity).map((e) => normaliseAnswer(e.text)));
    const distractors = draft.choices.filter((c) => c !== draft.answers[0]).map((text) => ({ text, kind: draft.kind }));
    problems.push(...distractorProblems(draft.answers[0], distractors, draft.kind, alsoTrue));
  }
  return problems.filter((p): p is string => p !== undefined);
}

/** The types a fact may be drafted as, best teaching value first, each built and checked. */
function candidates(input: DraftInput): Draft[] {
  const { fact } = input;
  const falseOne = parseInt(draftId(input.articleId, fact.passage.key, "tf", fact.entity.text).slice(-1), 36) % 2 === 0;
  const drafts = [
    shortAnswerDraft(input),
    multipleChoiceDraft(input),
    fact.entity.kind === "quotation" ? undefined : trueFalseDraft(input, falseOne),
    clozeDraft(input),
  ];
  return drafts.filter((d): d is Draft => d !== undefined && draftProblems(d, fact, fact.neighbours).length === 0);
}

/**
 * Drafted questions for `article`, ranked best first: cloze, multiple choice, true/false and short answer, each
 * citing the sentence that states its fact (verbatim, with offsets in its passage). `others` are the other
 * articles of the set: distractors come from the same article first, then from them, and facts they also name
 * rank higher. At most `maxPerPassage` (default 3) drafts per passage and `limit` (default: no limit) in all;
 * no two drafts ask the same fact. Pure and synchronous; the same article gives the same drafts with the same ids
 * on every run, and a draft keeps its id when other passages change.
 */
export function draftQuestions(
  article: DraftSource,
  others: readonly DraftSource[] = [],
  options: DraftOptions = {},
): Draft[] {
  return draftFacts(article, others, options).map(({ draft }) => draft);
}

// The set's other articles are read for their names each time one article is drafted: kept per article text so
// drafting every article of a set reads each once, not once per other article.
const OTHERS_KEPT = 64;
const othersRead = new Map<string, Entity[]>();

/** The entities compromise finds in `article` read alone (no names from elsewhere), remembered by its text. */
function entitiesOf(article: DraftSource): Entity[] {
  const key = createHash("sha256")
    .update(JSON.stringify([article.id, article.passages.map((p) => [p.key, p.text])]))
    .digest("hex");
  const kept = othersRead.get(key);
  if (kept) return kept;
  const entities = readArticle(article).entities;
  if (othersRead.size >= OTHERS_KEPT) othersRead.delete(othersRead.keys().next().value!);
  othersRead.set(key, entities);
  return entities;
}

/**
 * draftQuestions with the fact behind each draft (its entity, sentence and the sentence's other entities), for
 * measuring the drafts (scripts/draft-report.ts): a true/false draft's fact is not in its stored shape.
 */
export function draftFacts(
  article: DraftSource,
  others: readonly DraftSource[] = [],
  options: DraftOptions = {},
): { draft: Draft; fact: Fact }[] {
  const { maxPerPassage = 3, limit = Infinity } = options;
  const elsewhere = others.flatMap(entitiesOf);
  const read = readArticle(article, elsewhere);
  const counts = mentionCounts(read.entities);
  const otherCounts = mentionCounts(elsewhere);
  const people = read.entities.filter((e) => e.kind === "person");
  const pool = distractorPool(read.entities, elsewhere);

  const seen = new Set<string>();
  const proposals: { draft: Draft; fact: Fact; score: number; answer: string; order: number }[] = [];
  read.facts.forEach((fact, order) => {
    const key = factKey(
      { article: article.id, passage: fact.passage.key, start: fact.sentence.start },
      fact.entity.text,
    );
    if (seen.has(key)) return;
    const before = fact.sentence.text.slice(0, fact.entity.start - fact.sentence.start);
    const input: DraftInput = {
      articleId: article.id,
      fact,
      score: factScore(fact.entity.kind, fact.entity.text, counts, otherCounts),
      // Where no other name may stand in the entity's place, it gets neither distractors nor a false swap.
      distractors: canSwap(fact.entity.kind, fact.entity.sub, before)
        ? pickDistractors(fact.entity, fact.neighbours, pool)
        : [],
      people,
    };
    const options = candidates(input);
    if (options.length === 0) return;
    seen.add(key);
    // The type is chosen by the fact's own hash among those that pass, so it is varied yet the same every run.
    const pick =
      parseInt(draftId(article.id, fact.passage.key, "type", fact.entity.text).slice(-2), 36) % options.length;
    proposals.push({ draft: options[pick], fact, score: input.score, answer: fact.entity.text, order });
  });

  const perPassage = new Map<string, number>();
  const sentences = new Set<string>();
  const prompts = new Set<string>();
  const chosen: { draft: Draft; fact: Fact }[] = [];
  for (const { draft, fact, score } of rankDrafts(proposals)) {
    const n = perPassage.get(draft.citation.passage) ?? 0;
    // One draft per sentence: two from the same sentence would give each other away. A sentence the article
    // repeats (a pasted page's duplicated paragraph, a pull quote) is the same sentence wherever it stands.
    const sentence = normaliseAnswer(fact.sentence.text);
    const prompt = normaliseAnswer(draft.prompt);
    if (n >= maxPerPassage || sentences.has(sentence) || prompts.has(prompt)) continue;
    perPassage.set(draft.citation.passage, n + 1);
    sentences.add(sentence);
    prompts.add(prompt);
    chosen.push({ draft: { ...draft, score: Math.round(score * 100) / 100 }, fact });
    if (chosen.length >= limit) break;
  }
  return chosen;
}
