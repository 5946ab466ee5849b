/**
 * Grading typed answers (short answer and cloze) the way a teacher would: forgive a slip, never a
 * different word, a different number or a change of meaning. The rules, in the order they apply:
 *
 * 1. Case, accents, apostrophes, punctuation, spacing and a leading "the", "a" or "an" never matter:
 *    "the Élysée Palace!" is exactly "Elysee Palace".
 * 2. Numbers are compared as numbers, exactly. Digit groups written with spaces (also thin U+2009,
 *    no-break U+00A0 and narrow no-break U+202F), commas or periods are the same number where that is
 *    unambiguous: "1 000", "1,000", "1.000" and "1 000 000" are 1000 and 1000000, because every group
 *    after the first has exactly three digits. "1,5" and "1,50" are decimals (1.5). A lone period
 *    before three digits is a decimal point in an accepted answer (our content is English: "3.142"),
 *    and a grouping in a response ("1.000" for "1000"). A leading minus sign counts ("-5" is not
 *    "5"). "2022" never matches "2023".
 * 3. Words are compared one by one (the answer's words against the response's, in order), so a slip
 *    inside one long word is forgiven and a different or missing word is not: "Lai" is not
 *    "Lai Ching-te".
 * 4. A slip is one edit (a letter missing, extra or wrong, or two neighbours swapped: Damerau's
 *    optimal string alignment distance) in a word of at least 6 letters, or two edits in a word of at
 *    least 12 letters that keep its length within one. The first letter must be right, and the word
 *    must not be a number. So "Guangzhuo" is "Guangzhou" and "Yelen" is "Yellen", but "Austria" is not
 *    "Australia" (a syllable is missing), nor "Iraq" "Iran" (short words are exact), nor "Swedish"
 *    "Sweden", nor "effect" "affect".
 * 5. A change of meaning is never a slip: a word that is the other with a negating prefix (in-, im-,
 *    il-, ir-, un-, non-, dis-, a- before a consonant, an-, anti-, counter-: "atypical", "independent",
 *    "illegal") or a negation added or removed ("not", "no", "never", "none", "nor", "without",
 *    "isn't" …).
 * 6. Words run together or split apart ("Byte Dance", "ByteDance") are a slip when no negation
 *    appears or disappears ("not able" is not "notable"), the whole is at least 6 letters and no
 *    digits are involved ("20 22" is not "2022").
 *
 * An answer can be right exactly, right with a typo (then the learner is shown the spelling), or
 * wrong. Known limit: a slip that happens to spell another long word ("desert" for "dessert",
 * "marital" for "martial", "Austen" for "Austin") is forgiven. The teacher's report shows which
 * wrong verdicts learners overruled, so a missing variant can be added; it does not yet list the
 * answers accepted as typos.
 */

/** How a response compares to a question's accepted answers; `spelling` is the accepted answer it was a slip of. */
export type MatchVerdict = { kind: "exact" } | { kind: "typo"; spelling: string } | { kind: "wrong" };

type Role = "answer" | "response";

const SPACES = /[ \u00A0\u2009\u202F]/;
const NUMBER = /\d+(?:[.,\u00A0\u2009\u202F ]\d+)*/g;

/** Strips a decimal's trailing zeros: "1.50" and "1.5" are one number, "2.0" is "2". */
const decimal = (whole: string, fraction: string) => {
  const f = fraction.replace(/0+$/, "");
  return f ? `${whole}.${f}` : whole;
};

/** One number as written, in one canonical spelling (digits, "." for decimals), or null when it is several. */
function canonicalNumber(text: string, role: Role): string | null {
  const parts = text.split(/[.,\u00A0\u2009\u202F ]/);
  const seps = text
    .replace(/\d+/g, "")
    .split("")
    .map((s) => (SPACES.test(s) ? " " : s));
  if (seps.length === 0) return text;
  const grouped = (count: number) =>
    /^\d{1,3}$/.test(parts[0]) && parts.slice(1, count + 1).every((p) => p.length === 3);
  const oneKind = (list: string[]) => list.every((s) => s === list[0]);
  // Every group after the first has three digits, all with one separator: a grouped whole number,
  // except that a lone "." in an accepted answer is a decimal point.
  if (grouped(seps.length) && oneKind(seps) && !(role === "answer" && seps.length === 1 && seps[0] === "."))
    return parts.join("");
  // A grouped whole part, then a decimal separator of the other kind: "1,000.5", "1.000,5", "1 000,5".
  const last = seps[seps.length - 1];
  const head = seps.slice(0, -1);
  if (
    (last === "." || last === ",") &&
    oneKind(head) &&
    !head.includes(last) &&
    (head.length === 0 || grouped(head.length))
  ) {
    return decimal(parts.slice(0, -1).join(""), parts[parts.length - 1]);
  }
  return null;
}

/** Lower case, no accents, apostrophes or punctuation, numbers canonical, no leading article; words split by one space. */
function normalize(text: string, role: Role): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[’'`]/g, "")
      // Only an article followed by a space: "a-typical" is not "typical".
      .replace(/^[^\p{L}\p{N}]*(the|a|an)\s+/u, "")
      // A minus sign is part of the number ("-5" is not "5"); a hyphen between words or numbers is not.
      .replace(/(^|\s)[-\u2212](?=\d)/g, "$1minus ")
      .replace(NUMBER, (n) => canonicalNumber(n, role) ?? n)
      .replace(/[^\p{L}\p{N}.]+|(?<!\d)\.|\.(?!\d)/gu, " ")
      .trim()
  );
}

/** A response as the matcher reads it: see the rules above. Exposed for tests and for "is it blank?". */
export function normalizeAnswer(text: string): string {
  return normalize(text, "response");
}

const NEGATIONS = new Set([
  "not",
  "no",
  "never",
  "none",
  "nor",
  "neither",
  "nobody",
  "nothing",
  "nowhere",
  "without",
  "cannot",
]);
const isNegation = (word: string) =>
  NEGATIONS.has(word) ||
  /^(is|are|was|were|do|does|did|has|have|had|ca|can|wo|could|would|should|must|need|ai)nt$/.test(word);
const negations = (words: string[]) => words.filter(isNegation).length;

const NEGATING_PREFIXES = ["counter", "anti", "non", "dis", "un", "in", "im", "il", "ir", "an", "a"];
/**
 * True when one word is the other with a negating prefix: "independent" and "dependent". The Greek
 * a- negates only before a consonant ("atypical"; before a vowel it is an-: "anaerobic"), so "aankara"
 * for "ankara" stays a doubled letter, not a negation.
 */
function negatedByPrefix(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return NEGATING_PREFIXES.some((p) => long === p + short && !(p === "a" && /^[aeiou]/.test(short)));
}

/**
 * Damerau's optimal string alignment distance (insertions, deletions, substitutions and swaps of
 * neighbours, each 1), or limit + 1 once it exceeds limit. By hand: fastest-levenshtein counts a swap
 * as two edits, and no maintained package on the registry does OSA.
 */
export function slipDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    [before, previous] = [previous, row];
  }
  return previous[b.length];
}

/** Whether a response word is a forgivable slip of an answer word (rules 4 and 5). */
function isSlip(given: string, expected: string): boolean {
  if (given === expected) return true;
  if (/\d/.test(given) || /\d/.test(expected)) return false;
  if (given[0] !== expected[0] || negatedByPrefix(given, expected)) return false;
  const letters = [...expected].length;
  if (letters < 6) return false;
  const allowed = letters >= 12 ? 2 : 1;
  if (allowed === 2 && Math.abs(given.length - expected.length) > 1) return slipDistance(given, expected, 1) <= 1;
  return slipDistance(given, expected, allowed) <= allowed;
}

/** A response read both ways: as an answer is ("3.142" a decimal) and as a response is ("1.000" a grouping). */
type Readings = { asAnswer: string; asResponse: string };

function compare({ asAnswer, asResponse: response }: Readings, answer: string): MatchVerdict["kind"] {
  const expected = normalize(answer, "answer");
  if (response === "" || expected === "") return "wrong";
  if (response === expected || asAnswer === expected) return "exact";
  const given = response.split(" ");
  const wanted = expected.split(" ");
  if (negations(given) !== negations(wanted)) return "wrong";
  if (given.length === wanted.length) return given.every((word, i) => isSlip(word, wanted[i])) ? "typo" : "wrong";
  // Words run together or apart: the same letters, spaced differently. Never digits: "20 22" is not 2022.
  const joined = given.join("");
  return joined === wanted.join("") && joined.length >= 6 && !/\d/.test(joined) ? "typo" : "wrong";
}

/**
 * Grades a typed response against a question's accepted answers (the first is the one shown as
 * correct): "exact" when it is one of them as normalised, "typo" when it is a slip of one (with that
 * answer's spelling, as the teacher wrote it), otherwise "wrong". Pure; never throws.
 */
export function matchAnswer(given: string, accepted: readonly string[]): MatchVerdict {
  const response = { asAnswer: normalize(given, "answer"), asResponse: normalize(given, "response") };
  let typo: string | null = null;
  for (const answer of accepted) {
    const kind = compare(response, answer);
    if (kind === "exact") return { kind };
    if (kind === "typo" && typo === null) typo = answer;
  }
  return typo === null ? { kind: "wrong" } : { kind: "typo", spelling: typo };
}

/** True when the response is right, exactly or with a typo (see matchAnswer). */
export function matchesAnswer(given: string, accepted: readonly string[]): boolean {
  return matchAnswer(given, accepted).kind !== "wrong";
}
