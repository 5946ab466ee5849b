// An article read for drafting: its usable sentences and the entities in each, with how often the article (and
// the other articles of its set) name each one, which ranks the facts.
import { isPageChrome, isUsableSentence } from "./rules";
import { passageEntities, resolveNames, type Entity } from "./entities";
import { english } from "./nlp";
import { normaliseAnswer } from "./normalise";
import { sentencesOf, type Sentence } from "./sentences";
import type { DraftSource } from "./types";

/** An entity in a usable sentence of a passage: what a draft can ask. */
export type Fact = {
  passage: { key: string; text: string };
  /** Index of the passage in reading order. */
  passageIndex: number;
  sentence: Sentence;
  entity: Entity;
  /** Every entity of the same sentence (what a distractor must not be). */
  neighbours: Entity[];
};

/** An article's facts, and every entity it names (usable sentence or not) for distractors and counts. */
export type ReadArticle = { facts: Fact[]; entities: Entity[] };

/** Reads an article: its facts in reading order (none from page chrome, notes, garbled or short sentences). */
export function readArticle(article: DraftSource): ReadArticle {
  const passages = article.passages.map((passage) => {
    const doc = english(passage.text);
    return { passage, doc, ...passageEntities(passage.text, doc) };
  });
  const named = passages.flatMap((p) => p.entities);
  const facts: Fact[] = [];
  const entities: Entity[] = [];
  passages.forEach(({ passage, doc, entities: found, unknown }, passageIndex) => {
    const all = [...found, ...resolveNames(named, unknown)].sort((a, b) => a.start - b.start);
    entities.push(...all);
    if (isPageChrome(passage.text)) return;
    for (const sentence of sentencesOf(doc, passage.text)) {
      if (!isUsableSentence(sentence.text)) continue;
      const inside = all.filter((e) => e.start >= sentence.start && e.end <= sentence.end);
      for (const entity of inside) facts.push({ passage, passageIndex, sentence, entity, neighbours: inside });
    }
  });
  return { facts, entities };
}

/** How many times each normalised entity text appears among `entities`. */
export function mentionCounts(entities: readonly Entity[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entities) counts.set(normaliseAnswer(e.text), (counts.get(normaliseAnswer(e.text)) ?? 0) + 1);
  return counts;
}
