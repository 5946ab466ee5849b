// The facts a passage names, found from compromise's tags and kept as spans of the passage's own text: people,
// places, organisations, dates, years, numbers, amounts, and the phrases it puts in quotation marks.
import type { TaggedSentence, Term } from "./nlp";
import type { EntityKind } from "./types";

/**
 * A named fact in a passage: its kind and text, `passageText.slice(start, end) === text` (UTF-16 offsets). `sub`
 * narrows the kind where a distractor must match it too ("a city for a city": city, country, region; weekday,
 * month); `the` says the passage writes "the" before it ("the United States"), which a swap must keep fitting.
 */
export type Entity = { kind: EntityKind; text: string; start: number; end: number; sub?: string; the?: boolean };

/** A capitalised name compromise could not place, kept so the article's other mentions can tell ("Xi"). */
export type Unknown = { text: string; start: number; end: number };

type Span = { start: number; end: number };

const HONORIFIC =
  /^(?:(?:president|vice|mr|mrs|ms|dr|secretary|treasury|defen[cs]e|state|foreign|minister|prime|spokes(?:wo)?man|senator|sen|rep|governor|gov|general|gen|chancellor|premier|king|queen|prince|pope|judge|justice|chief|of|us|u\.s)\.?(?:\s+|$))+/i;
const DEMONYM = /^(?:(?:chinese|russian|american|british|french|german|dutch|european|ukrainian|taiwanese)(?:\s+|$))+/i;
const ORGANISATION_WORD =
  /\b(?:house|council|ministry|department|administration|agency|committee|court|congress|parliament|party|government|university|bank|company|corporation|inc|ltd|union|organi[sz]ation|nations|times|post|news)\b/i;
const COUNTRY_ACRONYM = /^(?:U\.?S\.?A?|U\.?K\.?|EU|UAE)$/;
const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const QUOTED = /“([^“”]+)”|"([^"]+)"|‘([^‘’]+)’(?!\p{L})/gu;
const SMALL_NUMBER = /^(?:zero|one|two|a|an)$/i;
/** A sum in a currency named by its country's letters, which compromise reads as a noun: "A$2.3", "US$45". */
const LETTERED_MONEY = /^\p{Lu}{1,3}[$£€¥]\d[\d,.]*$/u;
const SCALE_ONLY = /^(?:(?:hundred|thousand|million|billion|trillion)s?\s*)+$/i;

/** A span narrowed to its words: no surrounding spaces, punctuation, quotation marks or possessive "'s". */
function tidy(text: string, { start, end }: Span): Span {
  for (;;) {
    const slice = text.slice(start, end);
    if (/^[\s"“”‘’'(),.;:!?-]/.test(slice)) start++;
    else if (/['’]s?$/.test(slice)) end -= slice.endsWith("s") ? 2 : 1;
    else if (/[\s"“”(),;:!?-]$/.test(slice) || /(?<!\b\p{Lu})\.$/u.test(slice)) end--;
    else return { start, end };
  }
}

/** Whether a name run stops after `term`: at a comma, a quotation mark, a bracket, a dash or a full stop. */
function endsRun(term: Term): boolean {
  if (/[,;:()“”"‘—–]/.test(term.post)) return true;
  return term.post.includes(".") && !term.tags.has("Abbreviation") && !term.tags.has("Honorific");
}

/** Runs of consecutive terms that `accept` takes, as spans; a possessive ("CNN’s Sam Fossum") ends a run. */
function runs(sentences: readonly TaggedSentence[], accept: (t: Term) => boolean): Term[][] {
  const found: Term[][] = [];
  for (const { terms } of sentences) {
    let run: Term[] = [];
    terms.forEach((term, i) => {
      const previous = terms[i - 1];
      const joined = previous && run.length > 0 && run[run.length - 1] === previous && !endsRun(previous);
      const hyphenated = joined && previous.post === "-";
      if (accept(term) || hyphenated) {
        if (joined && !/['’]s$/.test(previous.text)) run.push(term);
        else {
          if (run.length > 0) found.push(run);
          run = [term];
        }
      } else if (run.length > 0) {
        found.push(run);
        run = [];
      }
    });
    if (run.length > 0) found.push(run);
  }
  return found;
}

const spanOf = (run: Term[]): Span => ({ start: run[0].start, end: run[run.length - 1].end });
function make(kind: EntityKind, text: string, s: Span, sub?: string): Entity {
  const the = /\bthe\s$/i.test(text.slice(Math.max(0, s.start - 4), s.start));
  return { kind, text: text.slice(s.start, s.end), start: s.start, end: s.end, ...(sub ? { sub } : {}), the };
}

const FEATURE = /\b(?:sea|strait|ocean|river|gulf|bay|lake|mountains?|islands?|peninsula|valley|desert|canal)$/i;

/**
 * The sort of place a name is, for "a city for a city": a geographic feature ("South China Sea") is a region;
 * else any word compromise knows as a country makes a country ("North Korea's"), then a city, then a region.
 */
function placeSort(text: string, run: readonly Term[], span: Span): string {
  if (FEATURE.test(text.slice(span.start, span.end))) return "region";
  const words = run.filter((t) => t.start >= span.start && t.start < span.end);
  for (const [tag, sort] of [
    ["Country", "country"],
    ["City", "city"],
    ["Region", "region"],
  ] as const) {
    if (words.some((t) => t.tags.has(tag))) return sort;
  }
  return "place";
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function names(sentences: readonly TaggedSentence[], text: string): { entities: Entity[]; unknown: Unknown[] } {
  const entities: Entity[] = [];
  const unknown: Unknown[] = [];
  for (const run of runs(sentences, (t) => t.tags.has("ProperNoun") && !t.tags.has("Pronoun"))) {
    let span = tidy(text, spanOf(run));
    const demonym = DEMONYM.exec(text.slice(span.start, span.end));
    if (demonym) span = tidy(text, { start: span.start + demonym[0].length, end: span.end });
    const title = HONORIFIC.exec(text.slice(span.start, span.end));
    if (title) span = tidy(text, { start: span.start + title[0].length, end: span.end });
    const name = text.slice(span.start, span.end);
    if (name.length < 2 || !/^\p{Lu}/u.test(name) || MONTH.test(name) || WEEKDAY.test(name)) continue;
    const tagged = (tag: string) =>
      run.some((t) => t.tags.has(tag) && t.start >= span.start && !t.tags.has("Honorific"));
    const kind: EntityKind | undefined = COUNTRY_ACRONYM.test(name)
      ? "place"
      : ORGANISATION_WORD.test(name)
        ? "organisation"
        : tagged("Person") || title
          ? "person"
          : tagged("Place")
            ? "place"
            : tagged("Organization")
              ? "organisation"
              : undefined;
    // "Sino-US" and "U.S.-China" describe relations, not places.
    if (kind === "place" && name.includes("-")) continue;
    if (kind) entities.push(make(kind, text, span, kind === "place" ? placeSort(text, run, span) : undefined));
    else unknown.push({ text: name, ...span });
  }
  // compromise may read a name that opens a sentence ("Biden stressed", "Yellen will") as a noun or an adjective;
  // it is kept as unknown, and becomes a name only where the article names it elsewhere.
  for (const { terms } of sentences) {
    const first = terms[0];
    if (!first || first.tags.has("ProperNoun") || first.tags.has("Pronoun")) continue;
    const span = tidy(text, first);
    if (/^\p{Lu}\p{Ll}+$/u.test(text.slice(span.start, span.end)))
      unknown.push({ text: text.slice(span.start, span.end), ...span });
  }
  return { entities, unknown };
}

function datesAndNumbers(sentences: readonly TaggedSentence[], text: string): Entity[] {
  const found: Entity[] = [];
  // compromise sometimes tags a month as a person ("In January, Mr. Sullivan …"): a capitalised month is a date.
  const dateWord = (t: Term) =>
    (t.tags.has("Date") && !t.tags.has("Preposition")) ||
    (/^\p{Lu}/u.test(t.text) && (MONTH.test(t.text) || WEEKDAY.test(t.text)));
  for (const run of runs(sentences, dateWord)) {
    const span = tidy(text, spanOf(run));
    const date = text.slice(span.start, span.end);
    if (/^\d{4}$/.test(date)) found.push(make("year", text, span));
    else if (WEEKDAY.test(date)) found.push(make("date", text, span, "weekday"));
    else if (MONTH.test(date)) found.push(make("date", text, span, /\d/.test(date) ? "full" : "month"));
  }
  const isValue = (t: Term) => (t.tags.has("Value") && !t.tags.has("Ordinal")) || LETTERED_MONEY.test(t.text);
  for (const run of runs(sentences, isValue)) {
    const span = tidy(text, spanOf(run));
    const value = text.slice(span.start, span.end);
    if (!value || SMALL_NUMBER.test(value) || found.some((e) => overlaps(e, span))) continue;
    // "million" alone is a scale without its count, "three-year" describes a noun: no answers.
    if (SCALE_ONLY.test(value) || /-(?!(?:one|two|three|four|five|six|seven|eight|nine)$)\p{L}+$/iu.test(value))
      continue;
    // A number inside a compound ("hour-and-45-minute") is no fact of its own.
    if (/[\p{L}-]/u.test(text[span.start - 1] ?? "") || /^[-\p{L}]/u.test(text[span.end] ?? "")) continue;
    if (/^(?:1[5-9]|20)\d\d$/.test(value)) {
      found.push(make("year", text, span));
      continue;
    }
    // Money and percentages are both amounts, but never stand for each other: sub tells them apart.
    const percent = run.some((t) => t.tags.has("Percent")) || /%$/.test(value);
    const money = run.some((t) => t.tags.has("Money") || LETTERED_MONEY.test(t.text));
    if (percent || money) found.push(make("amount", text, span, percent ? "percent" : "money"));
    else found.push(make("number", text, span));
  }
  return found;
}

function quotations(text: string): Entity[] {
  const found: Entity[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? m[3];
    const span = tidy(text, { start: m.index + 1, end: m.index + 1 + inner.length });
    if (span.end > span.start) found.push(make("quotation", text, span));
  }
  return found;
}

/**
 * The entities of one passage's `text` (read by compromise as `sentences`), in order, with the names compromise
 * could not place kept apart (the article decides them: see resolveNames). Offsets are UTF-16, into `text`.
 */
export function passageEntities(
  text: string,
  sentences: readonly TaggedSentence[],
): { entities: Entity[]; unknown: Unknown[] } {
  const { entities, unknown } = names(sentences, text);
  const all = [...entities, ...datesAndNumbers(sentences, text), ...quotations(text)];
  return { entities: all.sort((a, b) => a.start - b.start), unknown };
}

/**
 * Names an article resolves: a name compromise could not place is a person when it is a person's full name, first
 * name or surname elsewhere in the article ("Xi" after "President Xi Jinping").
 */
export function resolveNames(entities: readonly Entity[], unknown: readonly Unknown[]): Entity[] {
  // People the set's other articles name count too: `entities` may include them.
  const known = new Set<string>();
  for (const e of entities) {
    if (e.kind !== "person") continue;
    const words = e.text.split(/\s+/);
    known
      .add(e.text)
      .add(words[0])
      .add(words[words.length - 1]);
  }
  return unknown
    .filter((u) => known.has(u.text))
    .sort((a, b) => a.start - b.start)
    .map((u) => ({ kind: "person" as const, ...u, the: false }));
}
