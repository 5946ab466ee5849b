// How two answers are compared when drafting: what makes "the White House" and "White House" the same answer.

const cache = new Map<string, string>();
const CACHE_SIZE = 20_000;

/**
 * An answer reduced for comparison: lower case, accents removed (Unicode NFD), possessive "'s" dropped,
 * punctuation as spaces, a leading "the" dropped, spaces collapsed. "The U.S.’s" → "us".
 */
export function normaliseAnswer(answer: string): string {
  // Ranking and distractors compare the same few hundred names many times over: remember the last ones.
  const known = cache.get(answer);
  if (known !== undefined) return known;
  const normal = answer
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[.'’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(answer, normal);
  return normal;
}
