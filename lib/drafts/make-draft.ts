// One fact as a draft of each type: cloze, multiple choice, true/false and short answer, in the stored shape
// (lib/content/types.ts Question; a cloze's prompt holds BLANK), citing the sentence that states the fact.
import { BLANK } from "../content/parse-set";
import { draftId } from "./draft-id";
import type { Entity } from "./entities";
import { shortAnswerQuestion, startsWithName, trueFalsePrompt } from "./questions";
import type { Fact } from "./read-article";
import type { QuestionType } from "../content/types";
import type { Draft, DraftCitation, EntityKind } from "./types";
import { acceptedVariants } from "./variants";

/** What a draft is made from: the fact, its article's id, its rank score and the distractors found for it. */
export type DraftInput = {
  articleId: string;
  fact: Fact;
  score: number;
  distractors: { text: string; kind: EntityKind }[];
  people: readonly Entity[];
};

function citationOf({ articleId, fact }: DraftInput): DraftCitation {
  const { passage, sentence } = fact;
  return { article: articleId, passage: passage.key, quote: sentence.text, start: sentence.start, end: sentence.end };
}

/** A sentence as an explanation quotes it: in curly quotes, unless it holds quotation marks of its own. */
export function quoted(sentence: string): string {
  return /[“”"]/.test(sentence) ? sentence : `“${sentence}”`;
}

/** The sentence with the fact's entity replaced by `text`. */
function replaced(fact: Fact, text: string): string {
  const { sentence, entity } = fact;
  return (
    sentence.text.slice(0, entity.start - sentence.start) + text + sentence.text.slice(entity.end - sentence.start)
  );
}

function common(input: DraftInput, type: QuestionType) {
  const { articleId, fact, score } = input;
  return {
    id: draftId(articleId, fact.passage.key, type, fact.entity.text),
    type,
    kind: fact.entity.kind,
    score,
    citation: citationOf(input),
    explanation: `The article says: ${quoted(fact.sentence.text)}`,
  };
}

/** The sentence with its fact blanked; the answer and its variants accepted. */
export function clozeDraft(input: DraftInput): Draft {
  const { fact } = input;
  return {
    ...common(input, "cloze"),
    prompt: replaced(fact, BLANK),
    choices: [],
    answers: [fact.entity.text, ...acceptedVariants(fact.entity, input.people)],
  };
}

/** The blanked sentence with the answer among three distractors, in an order fixed by the draft's id. */
export function multipleChoiceDraft(input: DraftInput): Draft | undefined {
  const { fact, distractors } = input;
  if (distractors.length < 3) return undefined;
  const base = common(input, "multiple-choice");
  const choices = [fact.entity.text, ...distractors.slice(0, 3).map((d) => d.text)];
  const order = (text: string) => draftId(base.id, "", "", text);
  return {
    ...base,
    prompt: replaced(fact, BLANK),
    choices: choices.sort((a, b) => order(a).localeCompare(order(b))),
    answers: [fact.entity.text],
  };
}

/**
 * "Is it true that …?" of the sentence as the article states it, or, when `falseOne`, with the fact's entity
 * swapped for its first distractor (none when it has none); the explanation quotes what the article says.
 */
export function trueFalseDraft(input: DraftInput, falseOne: boolean): Draft | undefined {
  const { fact, distractors } = input;
  const swap = falseOne ? distractors[0] : undefined;
  if (falseOne && !swap) return undefined;
  const statement = swap ? replaced(fact, swap.text) : fact.sentence.text;
  const base = common(input, "true-false");
  return {
    ...base,
    prompt: trueFalsePrompt(statement, startsWithName(fact)),
    choices: ["True", "False"],
    answers: [swap ? "False" : "True"],
    explanation: swap
      ? `False: the article names ${fact.entity.text}, not ${swap.text}: ${quoted(fact.sentence.text)}`
      : `True: the article says ${quoted(fact.sentence.text)}`,
  };
}

/** A who / where / when / how many question with its accepted variants, when the sentence turns into one. */
export function shortAnswerDraft(input: DraftInput): Draft | undefined {
  const prompt = shortAnswerQuestion(input.fact);
  if (!prompt) return undefined;
  return {
    ...common(input, "short-answer"),
    prompt,
    choices: [],
    answers: [input.fact.entity.text, ...acceptedVariants(input.fact.entity, input.people)],
  };
}
