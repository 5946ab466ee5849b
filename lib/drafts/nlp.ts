// How drafting reads English: compromise 14 (https://github.com/spencermountain/compromise), offline, with no
// model download. Its plugins are left out on purpose: compromise-dates more than doubled the time per article
// for relative dates ("last year") that make poor questions, and compromise-numbers is built into compromise 14.
import nlp from "compromise";

/** A word as compromise tags it, with UTF-16 offsets into the text it read and the punctuation after it. */
export type Term = { text: string; post: string; start: number; end: number; tags: ReadonlySet<string> };

/** A sentence as compromise splits it (it knows "Mr." and "U.S." end no sentence), with its terms. */
export type TaggedSentence = { start: number; end: number; terms: Term[] };

type TermJson = { text: string; post: string; tags: string[]; offset: { start: number; length: number } };
type SentenceJson = { offset: { start: number; length: number }; terms: TermJson[] };

const SEPARATOR = "\n\n";

/**
 * Passages read by compromise in one document (a third faster than one document each), then cut back into
 * passages: for each text, its sentences in order with their tagged terms, offsets into that text. A sentence
 * never runs from one passage into the next.
 */
export function readPassages(texts: readonly string[]): TaggedSentence[][] {
  const bases: number[] = [];
  let at = 0;
  for (const text of texts) {
    bases.push(at);
    at += text.length + SEPARATOR.length;
  }
  const json = nlp(texts.join(SEPARATOR)).json({ offset: true, terms: { offset: true } }) as SentenceJson[];
  const read: TaggedSentence[][] = texts.map(() => []);
  let first = 0;
  for (const sentence of json) {
    const from = sentence.offset.start;
    const to = from + sentence.offset.length;
    while (first + 1 < texts.length && bases[first + 1] <= from) first++;
    for (let i = first; i < texts.length && bases[i] < to; i++) {
      const base = bases[i];
      const start = Math.max(from, base);
      const end = Math.min(to, base + texts[i].length);
      if (end <= start) continue;
      const terms = sentence.terms
        .filter((t) => t.offset.start >= start && t.offset.start < end)
        .map((t) => ({
          text: t.text,
          post: t.post,
          start: t.offset.start - base,
          end: t.offset.start + t.offset.length - base,
          tags: new Set(t.tags),
        }));
      read[i].push({ start: start - base, end: end - base, terms });
    }
  }
  return read;
}

/** `text` read by compromise: its sentences in order, each with its tagged terms. */
export function readText(text: string): TaggedSentence[] {
  return readPassages([text])[0];
}

/** A number written in words or digits, in the other form ("45" ⇄ "forty five"), or undefined. */
export function otherNumberForm(value: string): string | undefined {
  const numbers = nlp(value).numbers();
  if (numbers.length !== 1) return undefined;
  const other = /\d/.test(value) ? numbers.toText().text() : numbers.toNumber().text();
  if (!other || other === value) return undefined;
  // compromise 14 writes some numbers wrongly (312,000 → "three hundred thousand twelve thousand", and reads
  // that back as 312,000) and a decade as words ("1660s"): only plain digits, and words whose scales
  // (thousand, million, billion) each come once, largest first, as English writes them.
  const [digits, words] = /\d/.test(value) ? [value, other] : [other, value];
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(digits)) return undefined;
  const scales = (words.match(/\b(?:thousand|million|billion|trillion)\b/gi) ?? []).map((w) =>
    SCALES.indexOf(w.toLowerCase()),
  );
  return scales.every((s, i) => i === 0 || s < scales[i - 1]) ? other : undefined;
}

const SCALES = ["thousand", "million", "billion", "trillion"];

const NUMBER_WORDS =
  /^(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|million|billion|and)(?:[\s-]+|$))+$/i;
const numberValues = new Map<string, number | undefined>();

/**
 * The number a text writes, in digits ("1,300", "2.5", "1.5 million") or in words only ("thirty", "sixty-four"), or undefined
 * for any other text. So "30" and "thirty" are one answer.
 */
export function numberValue(text: string): number | undefined {
  const t = text.trim();
  if (/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ""));
  const scaled = /^(\d+(?:\.\d+)?)\s+(thousand|million|billion)$/i.exec(t);
  if (scaled) return Number(scaled[1]) * 1000 ** (SCALES.indexOf(scaled[2].toLowerCase()) + 1);
  if (!NUMBER_WORDS.test(t)) return undefined;
  if (!numberValues.has(t)) {
    if (numberValues.size > 5000) numberValues.clear();
    const found = nlp(t).numbers().get() as unknown[];
    numberValues.set(t, found.length === 1 && typeof found[0] === "number" ? found[0] : undefined);
  }
  return numberValues.get(t);
}

const infinitives = new Map<string, string | undefined>();

/** A verb in its infinitive ("spoke" → "speak"), or undefined when compromise reads no verb in it. */
export function infinitive(verb: string): string | undefined {
  // Articles repeat their verbs ("said", "met"), and each compromise document costs a millisecond or so.
  if (!infinitives.has(verb)) {
    if (infinitives.size > 5000) infinitives.clear();
    const verbs = nlp(verb).verbs();
    infinitives.set(verb, verbs.length === 1 ? verbs.toInfinitive().text() || undefined : undefined);
  }
  return infinitives.get(verb);
}
