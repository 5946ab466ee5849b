// Lenient matching of typed answers: case, accents, punctuation, leading articles and small typos are
// forgiven; numbers and short words must be exact, so "2022" never matches "2023".
import { distance } from "fastest-levenshtein";

export function normalizeAnswer(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^(the|a|an) /, "");
}

/** Typos allowed for an answer of this length: none up to 4 letters, one up to 8, then two. */
function allowedTypos(answer: string): number {
  if (answer.length <= 4) return 0;
  return answer.length <= 8 ? 1 : 2;
}

export function matchesAnswer(given: string, accepted: readonly string[]): boolean {
  const response = normalizeAnswer(given);
  if (response === "") return false;
  return accepted.some((answer) => {
    const expected = normalizeAnswer(answer);
    if (response === expected) return true;
    // Numbers carry the meaning of dates and counts: a typo there is a different answer.
    if (response.replace(/\D/g, "") !== expected.replace(/\D/g, "")) return false;
    return distance(response, expected) <= allowedTypos(expected);
  });
}
