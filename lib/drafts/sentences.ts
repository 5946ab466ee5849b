// A passage's sentences with their offsets, as compromise splits them (it knows "Mr." and "U.S." end no sentence).
import type { english } from "./nlp";

/** A sentence of a passage: its text exactly as `passage.slice(start, end)`, UTF-16 offsets. */
export type Sentence = { text: string; start: number; end: number };

/** The sentences of `doc` (compromise's reading of `text`), trimmed of surrounding spaces, in order. */
export function sentencesOf(doc: ReturnType<typeof english>, text: string): Sentence[] {
  const found = doc.sentences().json({ offset: true }) as { offset: { start: number; length: number } }[];
  const sentences: Sentence[] = [];
  for (const { offset } of found) {
    let start = offset.start;
    let end = offset.start + offset.length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) sentences.push({ text: text.slice(start, end), start, end });
  }
  return sentences;
}
