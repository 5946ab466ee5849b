// The one compromise instance drafting reads text with, with its dates and numbers plugins. compromise runs
// offline with no model download (https://github.com/spencermountain/compromise); see issue 18's comparison.
import nlp from "compromise";
import dates from "compromise-dates";
import numbers from "compromise-numbers";

nlp.plugin(dates as never);
nlp.plugin(numbers as never);

/** compromise with the dates and numbers plugins loaded. */
export const english = nlp;

/** A span compromise found, as UTF-16 offsets into the text it read. */
export type Span = { start: number; end: number };

/** The spans of `text` that a compromise match pattern (e.g. "#Person+") finds, offsets into `text`. */
export function matchSpans(doc: ReturnType<typeof nlp>, pattern: string): Span[] {
  const found = doc.match(pattern).json({ offset: true }) as { offset: { start: number; length: number } }[];
  return found.map(({ offset }) => ({ start: offset.start, end: offset.start + offset.length }));
}
