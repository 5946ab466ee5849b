// Stable ids for drafts: the same fact drafted from the same passage gets the same id on every run.
import { normaliseAnswer } from "./normalise";

/** cyrb53 (a public-domain 53-bit string hash by bryc): fast, pure, no Node crypto needed in a browser. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A draft's id, `draft-<base 36 hash>` (a content id: lower-case letters and digits), from the article's id,
 * the passage's key, the question type and the normalised answer, so it survives edits to other passages and
 * to the wording around the answer, and repeats across runs.
 */
export function draftId(articleId: string, passageKey: string, type: string, answer: string): string {
  return `draft-${cyrb53([articleId, passageKey, type, normaliseAnswer(answer)].join("\u0000")).toString(36)}`;
}
