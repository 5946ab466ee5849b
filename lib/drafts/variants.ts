// The other ways a learner may rightly write a short answer: a surname alone for a full name, a number in words
// for one in digits (and back), a country's usual short name.
import type { Entity } from "./entities";
import { otherNumberForm } from "./nlp";
import { normaliseAnswer } from "./normalise";

const COUNTRY_NAMES: readonly (readonly string[])[] = [
  ["United States", "US", "U.S.", "USA", "America"],
  ["United Kingdom", "UK", "U.K.", "Britain"],
  ["European Union", "EU"],
];

/**
 * Accepted variants of `answer` (never the answer itself, none repeated once normalised). `people` are the
 * article's person entities, so a surname-only answer also accepts the full name the article gives elsewhere.
 */
export function acceptedVariants(answer: Entity, people: readonly Entity[] = []): string[] {
  const variants: string[] = [];
  const words = answer.text.split(/\s+/);
  if (answer.kind === "person") {
    if (words.length > 1) variants.push(words[words.length - 1]);
    else {
      const full = people.find((p) => p.text.split(/\s+/).length > 1 && p.text.split(/\s+/).at(-1) === answer.text);
      if (full) variants.push(full.text);
    }
  }
  if (answer.kind === "number" || answer.kind === "year") {
    const other = answer.kind === "number" ? otherNumberForm(answer.text) : undefined;
    if (other) variants.push(other);
  }
  if (answer.kind === "place") {
    const names = COUNTRY_NAMES.find((n) => n.some((x) => normaliseAnswer(x) === normaliseAnswer(answer.text)));
    if (names) variants.push(...names);
  }
  const seen = new Set([normaliseAnswer(answer.text)]);
  return variants.filter((v) => {
    const key = normaliseAnswer(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
