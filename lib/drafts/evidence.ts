// "Find the evidence" (issue 18): for a question that cites nothing, the passages of its set's articles that
// support it, best first, each with the shortest span that holds the answer, verbatim, ready to cite. Full-text
// ranking by MiniSearch (BM25+), one index per article text, kept in a small cache. Pure but for that cache.
import { createHash } from "node:crypto";
import MiniSearch from "minisearch";
import type { Question } from "../content/types";
import type { DraftSource } from "./types";
import { stemmer } from "stemmer";

/**
 * A proposed citation: passage `passage` (its key) of article `article`, and the span of its text to quote:
 * `text.slice(start, end) === quote` (UTF-16 offsets, the W3C TextPositionSelector's convention). `score` is
 * 0–1: 0.4 for the passage's full-text rank among those found, 0.4 when the answer stands verbatim in the
 * quote, 0.2 × the share of the question's words the quote holds.
 */
export type Evidence = { article: string; passage: string; quote: string; start: number; end: number; score: number };

export type EvidenceQuestion = Pick<Question, "type" | "prompt" | "choices" | "answers">;

/** Proposals returned unless `limit` says otherwise. */
export const EVIDENCE_LIMIT = 3;
/** Article indexes kept; the least recently used goes first. */
const CACHE_SIZE = 32;
/** Passages ranked by the full-text search that are looked at for a span, besides those holding the answer. */
const RANKED_PASSAGES = 12;
/** A clause is quoted instead of its whole sentence only when it has at least this many words. */
const CLAUSE_MIN_WORDS = 5;

// Words too common to say where a fact is.
const STOP_WORDS = new Set(
  (
    "a an and are as at be been but by did do does for from had has have he her his how i in into is it its " +
    "many much not of on or she so than that the their them then there these they this to was were what " +
    "when where which who whom whose why will with would you"
  ).split(" "),
);

const QUOTES: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
  "\u00A0": " ",
  "\u2009": " ",
  "\u202F": " ",
};

/** One character folded for matching: lower case, accents dropped, curly quotes, dashes and odd spaces plain. */
function foldChar(char: string): string {
  if (char.length === 1 && char.charCodeAt(0) < 128) return char.toLowerCase();
  const plain = QUOTES[char];
  if (plain) return plain;
  return char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * `text` folded (foldChar), with each folded code unit's start and end offsets in `text`; `from` and `to` are
 * null when folding kept every offset (plain ASCII, the common case, folded by toLowerCase alone).
 */
type Folded = { text: string; from: Int32Array | null; to: Int32Array | null };

const fromOf = (folded: Folded, i: number) => (folded.from ? folded.from[i] : i);
const toOf = (folded: Folded, i: number) => (folded.to ? folded.to[i] : i + 1);

function fold(text: string): Folded {
  if (/^[\x00-\x7f]*$/.test(text)) return { text: text.toLowerCase(), from: null, to: null };
  let out = "";
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const folded = foldChar(text.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) {
      from.push(i);
      to.push(i + width);
    }
    out += folded;
    i += width;
  }
  return { text: out, from: Int32Array.from(from), to: Int32Array.from(to) };
}

const foldText = (text: string) => fold(text).text;
const WORD = /[\p{L}\p{N}]+/gu;

/** A folded word's Porter stem (the `stemmer` package), so "carried" meets "carry" and "ships" "ship"; numbers and
 * short words (names, acronyms) are kept whole. */
function stem(word: string): string {
  return word.length <= 4 || /\d/.test(word) ? word : stemmer(word);
}

const meaningful = (w: string) => !STOP_WORDS.has(w) && (w.length > 1 || /\d/.test(w));

/** The words of `text` that say something: folded, no stop words, no single letters (but digits stay), stemmed. */
function termsOf(text: string): string[] {
  return (foldText(text).match(WORD) ?? []).filter(meaningful).map(stem);
}

const processTerm = (term: string) => {
  const folded = foldText(term);
  return meaningful(folded) ? stem(folded) : null;
};

type IndexedArticle = {
  source: DraftSource;
  index: MiniSearch<{ id: number; text: string }>;
  folded: (Folded | undefined)[];
  sentences: ({ start: number; end: number }[] | undefined)[];
};

const cache = new Map<string, IndexedArticle>();

// A request asks for many questions over the same article objects: each is hashed once.
const keys = new WeakMap<DraftSource, string>();

function keyOf(article: DraftSource): string {
  const known = keys.get(article);
  if (known) return known;
  const hash = createHash("sha1");
  for (const p of article.passages) hash.update(p.key).update("\u0000").update(p.text).update("\u0001");
  const key = `${article.id}\u0000${hash.digest("hex")}`;
  keys.set(article, key);
  return key;
}

/** The article's MiniSearch index, built once per article text (id + a hash of its passages) and cached. */
function indexed(article: DraftSource): IndexedArticle {
  const key = keyOf(article);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const index = new MiniSearch<{ id: number; text: string }>({
    fields: ["text"],
    processTerm,
    searchOptions: { combineWith: "OR" },
  });
  index.addAll(article.passages.map((p, id) => ({ id, text: p.text })));
  const entry: IndexedArticle = {
    source: article,
    index,
    folded: new Array(article.passages.length),
    sentences: new Array(article.passages.length),
  };
  cache.set(key, entry);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return entry;
}

const foldedPassage = (entry: IndexedArticle, i: number) => (entry.folded[i] ??= fold(entry.source.passages[i].text));
const passageSentences = (entry: IndexedArticle, i: number) =>
  (entry.sentences[i] ??= sentencesOf(entry.source.passages[i].text));

/** What to look for: the words to rank by, and the answers that should stand verbatim in the evidence. */
function queryOf(question: EvidenceQuestion): { text: string; answers: string[] } {
  const answers = question.answers.map((a) => a.trim()).filter(Boolean);
  switch (question.type) {
    case "true-false":
      // The statement is the claim; "True" or "False" is in no article.
      return { text: question.prompt, answers: [] };
    case "cloze":
      return { text: question.prompt.replace(/_{3,}/, answers[0] ?? " "), answers };
    case "multiple-choice":
    case "flashcard":
      return { text: `${question.prompt} ${answers[0] ?? ""}`, answers: answers.slice(0, 1) };
    default:
      return { text: `${question.prompt} ${answers.join(" ")}`, answers };
  }
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Every place (folded offsets) one of `answers` stands in `folded` as whole words; a leading "the/a/an" may be missing. */
function answerPlaces(folded: string, answers: string[]): { start: number; end: number }[] {
  const needles = new Set<string>();
  for (const a of answers) {
    const f = foldText(a).replace(/\s+/g, " ").trim();
    if (f) needles.add(f);
    const bare = f.replace(/^(the|a|an) /, "");
    if (bare && bare !== f) needles.add(bare);
  }
  const places: { start: number; end: number }[] = [];
  for (const needle of needles) {
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      const edgesOk =
        (!isWordChar(needle[0]) || !isWordChar(folded[at - 1])) &&
        (!isWordChar(needle.at(-1)) || !isWordChar(folded[end]));
      if (edgesOk) places.push({ start: at, end });
    }
  }
  return places;
}

const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** The passage's sentences as [start, end) offsets, whitespace at their ends left out. */
function sentencesOf(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const s of sentenceSegmenter.segment(text)) spans.push(trimmed(text, s.index, s.index + s.segment.length));
  return spans.filter((s) => s.end > s.start);
}

function trimmed(text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The clauses of a sentence: split at ";", ":" and dashes set off by spaces (commas too often join a list). */
function clausesOf(text: string, sentence: { start: number; end: number }): { start: number; end: number }[] {
  const clauses: { start: number; end: number }[] = [];
  const body = text.slice(sentence.start, sentence.end);
  const breaks = /[;:]\s|\s[\u2013\u2014-]\s/g;
  let from = 0;
  for (const m of body.matchAll(breaks)) {
    clauses.push(trimmed(text, sentence.start + from, sentence.start + m.index));
    from = m.index + m[0].length;
  }
  clauses.push(trimmed(text, sentence.start + from, sentence.end));
  return clauses.filter((c) => c.end > c.start);
}

const wordCount = (text: string) => (text.match(WORD) ?? []).length;

/** The share (0–1) of `terms` that `span`'s folded words hold. */
function coverage(folded: string, span: { start: number; end: number }, terms: string[]): number {
  if (terms.length === 0) return 0;
  const words = new Set((folded.slice(span.start, span.end).match(WORD) ?? []).map(stem));
  return terms.filter((t) => words.has(t)).length / terms.length;
}

type Span = { start: number; end: number; answered: boolean; covered: number };

/**
 * The shortest span of one passage that is the evidence: the clause (or else the sentence) holding the answer,
 * the occurrence whose sentence holds most of the question's words winning; without the answer, the sentence
 * holding most of them. Undefined when the passage holds neither the answer nor any of the words.
 */
function bestSpan(
  text: string,
  folded: Folded,
  sentences: { start: number; end: number }[],
  terms: string[],
  answers: string[],
): Span | undefined {
  // Sentence offsets are in `text`; the folded text's offsets map back through from/to.
  const foldedStartOf = (offset: number) => (folded.from ? lowerBound(folded.from, offset) : offset);
  const scoreOf = (s: { start: number; end: number }) =>
    coverage(folded.text, { start: foldedStartOf(s.start), end: foldedStartOf(s.end) }, terms);
  let best: Span | undefined;
  for (const place of answerPlaces(folded.text, answers)) {
    const start = fromOf(folded, place.start);
    const end = toOf(folded, place.end - 1);
    const sentence = sentences.find((s) => s.start <= start && end <= s.end) ?? trimmed(text, 0, text.length);
    const clause = clausesOf(text, sentence).find((c) => c.start <= start && end <= c.end);
    const useClause = clause && wordCount(text.slice(clause.start, clause.end)) >= CLAUSE_MIN_WORDS;
    const span = useClause ? clause : sentence;
    const covered = scoreOf(sentence);
    if (!best || covered > best.covered || (covered === best.covered && span.end - span.start < best.end - best.start))
      best = { ...span, answered: true, covered };
  }
  if (best) return best;
  for (const sentence of sentences) {
    const covered = scoreOf(sentence);
    if (covered > 0 && (!best || covered > best.covered)) best = { ...sentence, answered: false, covered };
  }
  return best;
}

function lowerBound(array: Int32Array, value: number): number {
  let lo = 0;
  let hi = array.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (array[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The passages of `articles` that best support `question`, best first, at most `limit` (EVIDENCE_LIMIT), one
 * span per passage: ranked by MiniSearch (BM25+) on the question's words (the prompt with the answer shown as
 * correct and the accepted answers; a true/false's statement; a cloze's text with its answer in the blank),
 * with every passage holding an answer verbatim (case, accents, curly quotes and dashes aside) looked at too.
 * Each proposal quotes the clause or sentence holding the answer, or, when no passage states it in those words
 * (a paraphrase), the sentence holding most of the question's words. Empty when nothing shares a word with the
 * question. Each article's index is built once per text and cached (the last 32); an article object's text is
 * hashed once, on its first call, so a changed text comes as a new object, not the old one changed in place.
 */
export function findEvidence(
  question: EvidenceQuestion,
  articles: readonly DraftSource[],
  options: { limit?: number } = {},
): Evidence[] {
  const limit = options.limit ?? EVIDENCE_LIMIT;
  const { text, answers } = queryOf(question);
  const terms = [...new Set(termsOf(text))];
  if (terms.length === 0 && answers.length === 0) return [];
  const fuzzy = (term: string) => (term.length >= 6 ? 0.2 : false);

  // Every passage the search ranks or that holds an answer verbatim is a candidate; only the most promising
  // (by rank and answer, before any sentence is split) get a span: an answer named in hundreds of passages
  // would otherwise cost a sentence split each.
  type Candidate = { entry: IndexedArticle; passage: number; raw: number; answered: boolean };
  const candidates = new Map<string, Candidate>();
  const candidate = (entry: IndexedArticle, passage: number) => {
    const key = `${entry.source.id}\u0000${passage}`;
    let c = candidates.get(key);
    if (!c) candidates.set(key, (c = { entry, passage, raw: 0, answered: false }));
    return c;
  };
  for (const article of articles) {
    const entry = indexed(article);
    if (terms.length > 0)
      for (const hit of entry.index.search(terms.join(" "), { fuzzy }))
        candidate(entry, hit.id as number).raw = hit.score;
    if (answers.length > 0)
      entry.source.passages.forEach((_, i) => {
        if (answerPlaces(foldedPassage(entry, i).text, answers).length > 0) candidate(entry, i).answered = true;
      });
  }
  const top = Math.max(0, ...[...candidates.values()].map((c) => c.raw));
  const rankOf = (c: Candidate) => (top > 0 ? c.raw / top : 0);
  const promising = [...candidates.values()]
    .sort((a, b) => rankOf(b) + (b.answered ? 1 : 0) - (rankOf(a) + (a.answered ? 1 : 0)))
    .slice(0, RANKED_PASSAGES);

  const found: Evidence[] = [];
  for (const c of promising) {
    const { entry, passage } = c;
    const { key, text: passageText } = entry.source.passages[passage];
    const span = bestSpan(passageText, foldedPassage(entry, passage), passageSentences(entry, passage), terms, answers);
    if (!span) continue;
    const score = 0.4 * rankOf(c) + (span.answered ? 0.4 : 0) + 0.2 * span.covered;
    found.push({
      article: entry.source.id,
      passage: key,
      quote: passageText.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      score: Math.round(score * 1000) / 1000,
    });
  }
  return found.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** Forgets every cached index (for tests and benchmarks that time a cold build). */
export function clearEvidenceCache(): void {
  cache.clear();
}
