// The quality rules every draft passes (issue 18, point 2), one function each so each has its own test. Sentence
// rules answer "may a draft come from here?"; draft rules return a problem in words, or undefined when it holds.
import { normaliseAnswer } from "./normalise";
import type { DraftCitation, EntityKind } from "./types";

/** Fewest words a sentence needs to carry a fact worth a question. */
export const MIN_SENTENCE_WORDS = 7;

const CHROME =
  /^(?:advertisement|ad|sponsored|read more|related|share|share this|click here|sign up|subscribe|follow us|newsletter|comments?|photo|image|video|watch|listen|copyright|all rights reserved|back to top|skip to content)\b|©|\bhttps?:\/\/|\bwww\.|contributed to this (?:report|story)|^this (?:story|article) (?:was|has been) updated|^(?:by|reporting by|written by|edited by)\s+\p{Lu}|\b(?:getty images|reuters photo|ap photo)\b/iu;

/**
 * Whether a passage (or sentence) is page chrome rather than the article's text: advertising, share and
 * "read more" links, bylines, update lines, photo credits, addresses; or a line too short to be a sentence.
 */
export function isPageChrome(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length < 4 || CHROME.test(text.trim());
}

/** Whether a sentence has too few words to carry a fact (fewer than MIN_SENTENCE_WORDS). */
export function isTooShort(sentence: string): boolean {
  return sentence.trim().split(/\s+/).filter(Boolean).length < MIN_SENTENCE_WORDS;
}

const NOTE =
  /\[[^\]]*\]|\((?:translator'?s?|editor'?s?|translation)\b[^)]*\)|\b(?:translator'?s note|editor'?s note|sic)\b/i;

/**
 * Whether a sentence carries a note rather than the article's text: a bracketed remark ("[garbled]",
 * "[translator's note: …]", "[sic]"), a "(translator's …)" aside, or a note's own wording.
 */
export function isNote(sentence: string): boolean {
  return NOTE.test(sentence);
}

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

/**
 * Whether a sentence looks garbled, as machine translations and scraped pages leave them: it starts in lower
 * case, holds an empty sentence (". ."), has unbalanced quotation marks or brackets, ends without a full stop,
 * or is a dangling speech tag ("said." / "Told.").
 */
export function isGarbled(sentence: string): boolean {
  const s = sentence.trim();
  if (/^[\p{Ll}]/u.test(s)) return true;
  if (/[.!?]\s+[.!?]/.test(s)) return true;
  if (!/[.!?]["”’)]?$|[”"]$/.test(s)) return true;
  if (count(s, /“/g) !== count(s, /”/g) || count(s, /"/g) % 2 === 1) return true;
  if (count(s, /\(/g) !== count(s, /\)/g)) return true;
  if (/[.!?]["”]?\s+(?:said|told|says)\b/i.test(s) || /\b(?:said|told)\.\s+\p{Ll}/iu.test(s)) return true;
  return /(?:^|\s)(?:told|said)\.$/i.test(s) && s.split(/\s+/).length < 3;
}

const REFERS_BACK =
  /^(?:he|she|it|they|we|his|her|its|their|this|that|these|those|such|both|the latter|the former|the (?:report|statement|source|official|label|move|decision)\b)\b/i;

/**
 * Whether a sentence leans on the one before it, so a question from it alone would not say who or what it is
 * about: it opens with a pronoun, a demonstrative ("That island …") or a noun that points back ("The report said").
 */
export function needsContext(sentence: string): boolean {
  return REFERS_BACK.test(sentence.trim().replace(/^[“"‘]/, ""));
}

/**
 * Whether a sentence is written mostly in another script than Latin (Arabic, Greek, Cyrillic, Chinese …): compromise
 * reads English, and an English frame ("Is it true that …?") round such a sentence is no teacher's question.
 */
export function isOtherScript(sentence: string): boolean {
  const letters = count(sentence, /\p{L}/gu);
  return letters > 0 && count(sentence, /\p{Script=Latin}/gu) < letters / 2;
}

/**
 * Whether a draft may come from `sentence`: not chrome, not too short, not a note, not garbled, not leaning back,
 * not in another script.
 */
export function isUsableSentence(sentence: string): boolean {
  return (
    !isOtherScript(sentence) &&
    !isPageChrome(sentence) &&
    !isTooShort(sentence) &&
    !isNote(sentence) &&
    !isGarbled(sentence) &&
    !needsContext(sentence)
  );
}

/**
 * Whether a date only says when something was said ("told reporters Monday", "said on Tuesday"): when a briefing
 * happened is no fact of the story. `before` and `after` are the sentence's text around the date.
 */
export function isReportingDate(before: string, after: string): boolean {
  return (
    /\b(?:said|says|told(?: \w+)?|reported|announced|reporters)\s+(?:on\s+|last\s+)?$/i.test(before) ||
    /^\s*,?\s*(?:said|told)\b/i.test(after)
  );
}

const LOCATIVE =
  /\b(?:in|at|from|into|across|near|visit(?:s|ed|ing)?|(?:travel|go|goes|went|fly|flew|return|trip|move|head|sail)\w*\s+to)\s+(?:the\s+)?$/i;
const TITLE_BEFORE =
  /\b(?:President|Secretary|Minister|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|spokesman|spokeswoman|adviser|Chancellor|Premier|Governor|Senator|King|Queen|Prince|Princess|Emperor|Empress|Pope|Sir|Dame|Lord|Lady|Captain|General|Admiral|Professor|Mayor|Councillor|Judge|Justice|Bishop)\s+$/;

/** Whether the words `before` a place make it a location ("in", "at", "travel to", "visit"), not a recipient. */
export function isLocation(before: string): boolean {
  return LOCATIVE.test(before);
}

/**
 * Whether another name of the entity's kind may stand in its place (a false statement's swap, a multiple-choice
 * distractor): not a person named with a title ("Treasury Secretary Janet Yellen": any other name there is
 * absurd, not false), and a city only where it is a location ("travel to Guangzhou"), not where it stands for a
 * government ("drew the ire of Beijing", "emphasize to Beijing"). `before` is the sentence's text before the entity.
 */
export function canSwap(kind: EntityKind, sub: string | undefined, before: string): boolean {
  if (kind === "person") return !TITLE_BEFORE.test(before);
  if (kind === "place" && sub === "city") return isLocation(before);
  return true;
}

/**
 * The citation's quote is not verbatim in its passage at its offsets, or the fact the draft asks about (`answer`:
 * for a true/false draft, the true entity) is not inside the quote.
 */
export function citationProblem(citation: DraftCitation, passageText: string, answer: string): string | undefined {
  const { quote, start, end } = citation;
  if (passageText.slice(start, end) !== quote) return `quote is not verbatim at ${start}–${end} in its passage`;
  if (!quote.includes(answer)) return `answer "${answer}" is not inside the quote`;
  return undefined;
}

/** Most words an answer to blank or choose may have: a longer quotation is no fact to recall. */
export const MAX_ANSWER_WORDS = 6;

/** An answer too long to ask for (more than MAX_ANSWER_WORDS words). */
export function answerTooLong(answer: string): string | undefined {
  const words = answer.trim().split(/\s+/).length;
  return words > MAX_ANSWER_WORDS ? `answer has ${words} words, more than ${MAX_ANSWER_WORDS}` : undefined;
}

const VAGUE_TIME = /^(?:in|over|within|during|for)\s+(?:the\s+)?(?:coming|next|near|past|last)\b/i;

/** A quoted phrase that only gives a vague time ("in the coming weeks", "in the near future"): nothing to recall. */
export function vagueQuotation(kind: EntityKind, answer: string): string | undefined {
  return kind === "quotation" && VAGUE_TIME.test(answer) ? `"${answer}" is a vague time, not a fact` : undefined;
}

/** The prompt shows the answer it asks for (outside the blank), which gives the question away. */
export function answerGivenAway(prompt: string, answer: string): string | undefined {
  const shown = ` ${normaliseAnswer(prompt)} `;
  return shown.includes(` ${normaliseAnswer(answer)} `) ? `the prompt gives the answer "${answer}" away` : undefined;
}

/**
 * Problems with a multiple-choice draft's distractors: each must be of the answer's kind, differ from the answer
 * and from each other once normalised (case, accents, punctuation, a leading "the"), and not be true according
 * to the article (`alsoTrue`: the normalised names the article states in the answer's sentence).
 */
export function distractorProblems(
  answer: string,
  distractors: readonly { text: string; kind: EntityKind }[],
  kind: EntityKind,
  alsoTrue: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const seen = new Set([normaliseAnswer(answer)]);
  for (const d of distractors) {
    const key = normaliseAnswer(d.text);
    if (d.kind !== kind) problems.push(`distractor "${d.text}" is a ${d.kind}, the answer a ${kind}`);
    else if (!key || seen.has(key)) problems.push(`distractor "${d.text}" repeats another choice`);
    else if (alsoTrue.has(key)) problems.push(`distractor "${d.text}" is also true according to the article`);
    seen.add(key);
  }
  return problems;
}

/**
 * A prompt that does not read as a teacher's question: it must start with a capital letter (or a quotation mark
 * and one) and either end with "?" or hold exactly one blank ("_____") and end as a sentence does.
 */
export function promptProblem(prompt: string): string | undefined {
  const p = prompt.trim();
  if (!/^["“‘]?(?:\p{Lu}|\d|_____)/u.test(p)) return "prompt must start with a capital letter";
  const blanks = count(p, /_____/g);
  if (blanks > 1) return "prompt must hold at most one blank";
  if (blanks === 1) return /[.!?]["”’)]?$|[”"]$/.test(p) ? undefined : "prompt must end as a sentence does";
  return p.endsWith("?") ? undefined : 'prompt must end with "?" or hold one blank';
}

/**
 * The key two drafts share when they ask the same fact, whatever their type: the passage, the sentence (its
 * start offset) and the normalised answer (for a true/false draft, the true fact it is about).
 */
export function factKey(citation: { article: string; passage: string; start: number }, answer: string): string {
  return `${citation.article}#${citation.passage}:${citation.start}:${normaliseAnswer(answer)}`;
}
