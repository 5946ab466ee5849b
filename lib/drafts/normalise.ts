// How two answers are compared when drafting: what makes "the White House" and "White House" the same answer.

/**
 * An answer reduced for comparison: lower case, accents removed (Unicode NFD), possessive "'s" dropped,
 * punctuation as spaces, a leading "the" dropped, spaces collapsed. "The U.S.’s" → "us".
 */
export function normaliseAnswer(answer: string): string {
  return answer
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[.'’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}
