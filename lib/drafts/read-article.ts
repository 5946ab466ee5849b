// An article read for drafting: its usable sentences and the entities in each, with how often the article (and
// the other articles of its set) name each one, which ranks the facts.
import { isPageChrome, isReportingDate, isUsableSentence } from "./rules";
import { passageEntities, resolveNames, type Entity } from "./entities";
import { readPassages, type Term } from "./nlp";
import { normaliseAnswer } from "./normalise";
import { sentencesOf, type Sentence } from "./sentences";
import type { DraftSource } from "./types";

/** An entity in a usable sentence of a passage: what a draft can ask. */
export type Fact = {
  passage: { key: string; text: string };
  /** Index of the passage in reading order. */
  passageIndex: number;
  sentence: Sentence;
  /** The sentence's words as compromise tagged them (offsets into the passage). */
  terms: Term[];
  entity: Entity;
  /** Every entity of the same sentence (what a distractor must not be). */
  neighbours: Entity[];
};

/** An article's facts, and every entity it names (usable sentence or not) for distractors and counts. */
export type ReadArticle = { facts: Fact[]; entities: Entity[] };

/**
 * Reads an article: its facts in reading order (none from page chrome, notes, garbled or short sentences).
 * `alsoKnown` are entities the set's other articles name, so "Xi" is a person here when another article says
 * "President Xi Jinping".
 */
export function readArticle(article: DraftSource, alsoKnown: readonly Entity[] = []): ReadArticle {
  const read = readPassages(article.passages.map((p) => p.text));
  const passages = article.passages.map((passage, i) => {
    const tagged = read[i];
    return { passage, tagged, ...passageEntities(passage.text, tagged) };
  });
  const named = [...passages.flatMap((p) => p.entities), ...alsoKnown];
  const facts: Fact[] = [];
  const entities: Entity[] = [];
  passages.forEach(({ passage, tagged, entities: found, unknown }, passageIndex) => {
    const all = [...found, ...resolveNames(named, unknown)].sort((a, b) => a.start - b.start);
    entities.push(...all);
    if (isPageChrome(passage.text)) return;
    const passageTerms = tagged.flatMap((t) => t.terms);
    for (const sentence of sentencesOf(tagged, passage.text)) {
      if (!isUsableSentence(sentence.text)) continue;
      const inside = all.filter((e) => e.start >= sentence.start && e.end <= sentence.end);
      const terms = passageTerms.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
      for (const entity of inside) {
        const before = passage.text.slice(sentence.start, entity.start);
        const after = passage.text.slice(entity.end, sentence.end);
        if ((entity.kind === "date" || entity.kind === "year") && isReportingDate(before, after)) continue;
        facts.push({ passage, passageIndex, sentence, terms, entity, neighbours: inside });
      }
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
