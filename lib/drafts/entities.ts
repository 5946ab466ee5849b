// The facts a passage names, found with compromise and kept as spans of the passage's own text: people, places,
// organisations, dates, years, numbers, amounts, and the phrases it puts in quotation marks.
import type { EntityKind } from "./types";
import { english, matchSpans, type Span } from "./nlp";

/** A named fact in a passage: its kind and text, `passageText.slice(start, end) === text` (UTF-16 offsets). */
export type Entity = { kind: EntityKind; text: string; start: number; end: number };

/** A capitalised name compromise could not place, kept so the article's other mentions can tell ("Xi"). */
export type Unknown = { text: string; start: number; end: number };

const TITLE =
  /^(?:(?:president|vice|mr|mrs|ms|dr|secretary|treasury|defen[cs]e|state|foreign|minister|prime|spokes(?:wo)?man|senator|sen|rep|governor|gov|general|gen|chancellor|premier|king|queen|prince|pope|judge|justice|chief|of|chinese|russian|american|british|french|german|dutch|us|u\.s)\.?\s+)+/i;
const ORGANISATION_WORD =
  /\b(?:house|council|ministry|department|administration|agency|committee|court|congress|parliament|party|government|university|bank|company|corporation|inc|ltd|union|organi[sz]ation|nations)\b/i;
const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const YEAR = /\b(?:1[5-9]\d\d|20\d\d)\b/g;
const LEADING_WORDS = /^(?:(?:on|in|at|during|over|since|from|by|until|of|the|early|late|mid|this|last|next)\s+)+/i;
const AMOUNT =
  /(?:[$€£¥]\s?\d[\d,.]*(?:\s(?:million|billion|trillion|thousand))?|\b\d[\d,.]*\s?(?:%|percent|per cent)|\b\d[\d,.]*\s(?:million|billion|trillion)(?:\s(?:dollars|euros|pounds|yuan|people))?)/gi;
const QUOTED = /“([^“”]+)”|"([^"]+)"|‘([^‘’]+)’(?![\p{L}])/gu;
const SMALL_NUMBERS = /^(?:zero|one|two|a|an)$/i;
const ORDINAL = /^(?:first|second|third|\w+th|\d+(?:st|nd|rd|th))$/i;

/** A span narrowed to its words: no surrounding spaces, punctuation, quotation marks or possessive "'s". */
function tidy(text: string, { start, end }: Span): Span {
  const leading = /^[\s"“”‘’'(),.;:!?-]/;
  const trailing = /[\s"“”‘’'(),;:!?-]$|(?<!\b[A-Z])\.$/;
  for (;;) {
    const slice = text.slice(start, end);
    if (leading.test(slice)) start++;
    else if (/['’]s$/.test(slice)) end -= 2;
    else if (trailing.test(slice)) end--;
    else return { start, end };
  }
}

/** A span grown to whole words, so "Lai Ching-" becomes "Lai Ching-te". */
function wholeWords(text: string, { start, end }: Span): Span {
  while (end < text.length && /[\p{L}\p{N}]/u.test(text[end]) && /[\p{L}\p{N}-]/u.test(text[end - 1])) end++;
  if (text[end - 1] === "-" && /[\p{L}]/u.test(text[end] ?? "")) {
    end++;
    while (/[\p{L}\p{N}]/u.test(text[end] ?? "")) end++;
  }
  return { start, end };
}

/** Spans split at commas and possessives: compromise reads "Taiwan, China" and "CNN’s Sam Fossum" as one name. */
function splitAtCommas(text: string, span: Span): Span[] {
  const parts: Span[] = [];
  let at = span.start;
  for (const piece of text.slice(span.start, span.end).split(/(,\s*|['’]s\s+)/)) {
    if (!/^(?:,\s*|['’]s\s+)$/.test(piece) && piece.trim()) parts.push({ start: at, end: at + piece.length });
    at += piece.length;
  }
  return parts;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const make = (kind: EntityKind, text: string, s: Span): Entity => ({
  kind,
  text: text.slice(s.start, s.end),
  start: s.start,
  end: s.end,
});

function names(doc: ReturnType<typeof english>, text: string): { entities: Entity[]; unknown: Unknown[] } {
  const people = matchSpans(doc, "#Person+");
  const places = matchSpans(doc, "#Place+");
  const organisations = matchSpans(doc, "#Organization+");
  const entities: Entity[] = [];
  const unknown: Unknown[] = [];
  for (const raw of matchSpans(doc, "#ProperNoun+")) {
    for (const part of splitAtCommas(text, raw)) {
      let span = tidy(text, wholeWords(text, part));
      const title = TITLE.exec(text.slice(span.start, span.end));
      if (title) span = { start: span.start + title[0].length, end: span.end };
      const name = text.slice(span.start, span.end);
      if (name.length < 2 || !/^\p{Lu}/u.test(name) || TITLE.test(`${name} `)) continue;
      if (MONTH.test(name) || WEEKDAY.test(name)) continue;
      const kind: EntityKind | undefined = ORGANISATION_WORD.test(name)
        ? "organisation"
        : people.some((p) => overlaps(p, span)) || title
          ? "person"
          : places.some((p) => overlaps(p, span))
            ? "place"
            : organisations.some((p) => overlaps(p, span))
              ? "organisation"
              : undefined;
      if (kind) entities.push(make(kind, text, span));
      else unknown.push({ text: name, ...span });
    }
  }
  return { entities, unknown };
}

function datesAndNumbers(doc: ReturnType<typeof english>, text: string): Entity[] {
  const found: Entity[] = [];
  for (const raw of matchSpans(doc, "#Date+")) {
    let span = tidy(text, raw);
    const lead = LEADING_WORDS.exec(text.slice(span.start, span.end));
    const slice = text.slice(span.start, span.end);
    if (lead && (MONTH.test(slice.slice(lead[0].length)) || /\d/.test(slice.slice(lead[0].length)))) {
      span = { start: span.start + lead[0].length, end: span.end };
    } else if (lead) continue;
    const date = text.slice(span.start, span.end);
    if (/^\d{4}$/.test(date)) found.push(make("year", text, span));
    else if (MONTH.test(date) || WEEKDAY.test(date)) found.push(make("date", text, span));
  }
  for (const m of text.matchAll(YEAR)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (!found.some((e) => overlaps(e, span))) found.push(make("year", text, span));
  }
  for (const m of text.matchAll(AMOUNT)) {
    const span = tidy(text, { start: m.index, end: m.index + m[0].length });
    if (!found.some((e) => overlaps(e, span))) found.push(make("amount", text, span));
  }
  for (const raw of matchSpans(doc, "#Value+")) {
    const span = tidy(text, raw);
    const value = text.slice(span.start, span.end);
    if (!value || SMALL_NUMBERS.test(value) || ORDINAL.test(value) || found.some((e) => overlaps(e, span))) continue;
    // A number inside a compound ("hour-and-45-minute") is no fact of its own.
    if (/[\p{L}-]/u.test(text[span.start - 1] ?? "") || /^-|^[\p{L}]/u.test(text[span.end] ?? "")) continue;
    if (/\d|^\p{Ll}+(?:[- ]\p{Ll}+)*$/u.test(value)) found.push(make("number", text, span));
  }
  return found;
}

function quotations(text: string): Entity[] {
  const found: Entity[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? m[3];
    const start = m.index + 1;
    const span = tidy(text, { start, end: start + inner.length });
    if (span.end > span.start) found.push(make("quotation", text, span));
  }
  return found;
}

/**
 * The entities of one passage's text, in order, with names compromise could not place kept apart (the article
 * decides them: see resolveNames). Offsets are UTF-16, into `text`.
 */
export function passageEntities(text: string, doc = english(text)): { entities: Entity[]; unknown: Unknown[] } {
  const { entities, unknown } = names(doc, text);
  const all = [...entities, ...datesAndNumbers(doc, text), ...quotations(text)].sort((a, b) => a.start - b.start);
  return { entities: all, unknown };
}

/**
 * Names an article resolves: a name compromise could not place is a person when it is a known person's name or
 * surname elsewhere in the article ("Xi" after "President Xi Jinping"); a person's mention by surname alone
 * counts as that person.
 */
export function resolveNames(entities: readonly Entity[], unknown: readonly Unknown[]): Entity[] {
  const known = new Set<string>();
  for (const e of entities) {
    if (e.kind !== "person") continue;
    known.add(e.text);
    const words = e.text.split(/\s+/);
    if (words.length > 1) known.add(words[words.length - 1]).add(words[0]);
  }
  return unknown.filter((u) => known.has(u.text)).map((u) => ({ kind: "person" as const, ...u }));
}
