// A passage's sentences with their offsets: compromise's split, then split again after a closing quotation mark
// that ends a sentence (“… crossed.” He also …), which compromise leaves joined.
import type { TaggedSentence } from "./nlp";

/** A sentence of a passage: its text exactly as `passage.slice(start, end)`, UTF-16 offsets. */
export type Sentence = { text: string; start: number; end: number };

const QUOTE_THEN_SENTENCE = /[.!?][”"’]\s+(?=[“"‘]?\p{Lu})/gu;

/** The sentences of `text` (read by compromise as `tagged`), trimmed of surrounding spaces, in order. */
export function sentencesOf(tagged: readonly TaggedSentence[], text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) sentences.push({ text: text.slice(start, end), start, end });
  };
  for (const { start, end } of tagged) {
    let from = start;
    for (const m of text.slice(start, end).matchAll(QUOTE_THEN_SENTENCE)) {
      push(from, start + m.index + 2);
      from = start + m.index + m[0].length;
    }
    push(from, end);
  }
  return sentences;
}
