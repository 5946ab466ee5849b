// Short-answer questions made from a sentence: who or which for a name that is the sentence's subject; when,
// where and how many for a date, place or count the sentence's clause ends with or starts with.
import { infinitive } from "./nlp";
import type { Fact } from "./read-article";
import { isLocation } from "./rules";

const AUXILIARY = /^(?:will|would|can|could|shall|should|may|might|must|is|are|was|were|has|have|had)$/i;
const LEADING_TITLE =
  /^(?:(?:The|Mr\.|Mrs\.|Ms\.|Dr\.|President|Vice|Secretary|Treasury|Defense|Foreign|Minister|Prime|US|U\.S\.|Chinese|Russian|American|spokesman|spokeswoman)\s+)*$/;
const WHEN_PREPOSITION = /^(?:in|on|during)$/i;
const WHERE_PREPOSITION = /^(?:in|at|to)$/i;

const NAME_TAGS = ["ProperNoun", "Person", "Place", "Organization", "Acronym"];

/** Whether the word at `offset` (into the passage) is a name, whose capital stays inside a question. */
function nameAt(fact: Fact, offset: number): boolean {
  const term = fact.terms.find((t) => t.start === offset);
  if (term && NAME_TAGS.some((tag) => term.tags.has(tag))) return true;
  return fact.neighbours.some((e) => e.start === offset && e.kind !== "quotation");
}

/** Whether a sentence's first word is a name, whose capital stays when the sentence is turned into a question. */
export function startsWithName(fact: Fact): boolean {
  return nameAt(fact, fact.sentence.start);
}

const lowerFirst = (text: string, keep: boolean) => (keep ? text : text.charAt(0).toLowerCase() + text.slice(1));
const asQuestion = (text: string) =>
  `${text
    .replace(/[\s,;:.!]+$/, "")
    .replace(/\s+/g, " ")
    .trim()}?`;

/** "Who also announced …?" for a person (or which organisation or place) that is its sentence's subject. */
function subjectQuestion(fact: Fact): string | undefined {
  const { sentence, entity, terms } = fact;
  const before = sentence.text.slice(0, entity.start - sentence.start);
  if (!LEADING_TITLE.test(before)) return undefined;
  const after = terms.filter((t) => t.start >= entity.end);
  const verb = after.find((t) => !t.tags.has("Adverb"));
  if (!verb || !verb.tags.has("Verb") || /['’]s$/.test(entity.text)) return undefined;
  const wh =
    entity.kind === "person"
      ? "Who"
      : entity.kind === "organisation"
        ? "Which organisation"
        : entity.kind === "place" && entity.sub && entity.sub !== "place"
          ? `Which ${entity.sub}`
          : undefined;
  if (!wh || /^[,'’]/.test(sentence.text.slice(entity.end - sentence.start))) return undefined;
  return `${wh} ${asQuestion(sentence.text.slice(after[0].start - sentence.start))}`;
}

/** The clause around a phrase: from the sentence start (or after an opening phrase) to the next comma or end. */
function clauseQuestion(fact: Fact, wh: string, phraseStart: number, phraseEnd: number): string | undefined {
  const { sentence, terms } = fact;
  const text = sentence.text;
  const local = (offset: number) => offset - sentence.start;
  let clauseStart = 0;
  let clauseEnd: number;
  const opening = local(phraseStart) === 0;
  if (opening) {
    if (!text.startsWith(", ", local(phraseEnd))) return undefined;
    clauseStart = local(phraseEnd) + 2;
    const next = text.slice(clauseStart).search(/,\s|;\s/);
    clauseEnd = next === -1 ? text.length : clauseStart + next;
  } else {
    const next = text.slice(local(phraseEnd)).search(/,\s|;\s|:\s|\s[—–]\s|[.!?]["”]?$/);
    if (next === -1) return undefined;
    clauseEnd = local(phraseEnd) + next;
    // A comma, colon or dash before the phrase: it belongs to another clause than the sentence's subject.
    if (/[,;:—–]/.test(text.slice(0, local(phraseStart)))) return undefined;
  }
  const inClause = terms.filter((t) => local(t.start) >= clauseStart && local(t.end) <= clauseEnd);
  const verbIndex = inClause.findIndex((t) => t.tags.has("Verb") && !t.tags.has("Gerund") && !t.tags.has("Infinitive"));
  if (verbIndex <= 0) return undefined;
  const verb = inClause[verbIndex];
  if (local(verb.start) > local(phraseStart) && !opening) return undefined;
  const subject = text.slice(clauseStart, local(verb.start)).trim();
  if (!subject || /[,;:“”"]/.test(subject)) return undefined;
  const remove = (from: number, to: number) =>
    opening ? text.slice(from, to) : text.slice(from, local(phraseStart)) + text.slice(local(phraseEnd), to);
  const rest = remove(local(verb.end), clauseEnd).trim();
  const who = lowerFirst(subject, nameAt(fact, inClause[0].start));
  if (AUXILIARY.test(verb.text)) return asQuestion(`${wh} ${verb.text.toLowerCase()} ${who} ${rest}`);
  const helper = verb.tags.has("PastTense")
    ? "did"
    : verb.tags.has("PresentTense") && /s$/.test(verb.text)
      ? "does"
      : undefined;
  const base = helper && infinitive(verb.text);
  if (!base) return undefined;
  return asQuestion(`${wh} ${helper} ${who} ${base} ${rest}`);
}

/**
 * A short-answer question whose answer is the fact's entity, or undefined when the sentence has no form that
 * turns into one cleanly: "Who …?" for a subject; "When did …?", "Where did …?" for a date or place after "in",
 * "on", "at" or "to" that opens or ends a clause; "How many … did …?" for a count of a plural noun.
 */
export function shortAnswerQuestion(fact: Fact): string | undefined {
  const { entity, terms } = fact;
  if (entity.kind === "person" || entity.kind === "organisation" || entity.kind === "place") {
    const subject = subjectQuestion(fact);
    if (subject) return subject;
  }
  const index = terms.findIndex((t) => t.start >= entity.start);
  const preposition = terms[index - 1];
  if (entity.kind === "date" || entity.kind === "year") {
    if (!preposition || !WHEN_PREPOSITION.test(preposition.text)) return undefined;
    return clauseQuestion(fact, "When", preposition.start, entity.end);
  }
  if (entity.kind === "place") {
    const before = fact.sentence.text.slice(0, entity.start - fact.sentence.start);
    if (!preposition || !WHERE_PREPOSITION.test(preposition.text) || !isLocation(before)) return undefined;
    return clauseQuestion(fact, "Where", preposition.start, entity.end);
  }
  if (entity.kind === "number") {
    const last = terms.findIndex((t) => t.start >= entity.end);
    const noun = terms[last];
    if (!noun || !noun.tags.has("Plural") || noun.post.trim() !== "") return undefined;
    return clauseQuestion(fact, `How many ${noun.text}`, entity.start, noun.end);
  }
  return undefined;
}

/**
 * A true/false prompt for a statement: "Is it true that …?", the statement's first letter in lower case unless
 * `keepCapital` (it starts with a name).
 */
export function trueFalsePrompt(statement: string, keepCapital: boolean): string {
  // "…, the source said." asks whether the source said it; the question is about what was said.
  const body = statement
    .replace(/,\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}(?:said|says|reported|added)(?:\s+on\s+\w+)?([.!])$/i, "$1")
    .replace(/[.!]([”"’]?)$/, "$1")
    .replace(/\s+/g, " ");
  return `Is it true that ${lowerFirst(body, keepCapital)}?`;
}
