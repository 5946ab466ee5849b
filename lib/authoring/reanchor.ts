// When a teacher edits an article, where each citation's evidence now stands. Nothing is rewritten
// silently: every outcome carries the citation as it was, and a changed quote only ever comes back as a
// candidate for the teacher to accept ("check"), never as the citation itself.
import search from "approx-string-match";
import { findApproximateQuote, maxErrorsFor, scoreMatch } from "./approximate-quote";
import { movedPassages } from "./moved-passages";
import type { AuthoredPassage } from "./passages";
import { describeSelection, selectorsAt, type QuoteAnchor } from "./text-quote";

/**
 * - unchanged: the quote stands verbatim at its place in its passage, which kept its place in the article;
 *   `to` is the same quote, its context read afresh.
 * - moved: the quote stands verbatim elsewhere (another position or passage, or its passage was moved);
 *   `to` is where.
 * - check: only an approximate match was found, or several verbatim ones that context and place cannot
 *   tell apart (`reason`); `candidate` is the best, whose `quote.exact` is the text now there, for the
 *   teacher to accept or fix. `errors` is the edits between the two, `score` 0–1 the candidate's.
 * - orphaned: nothing close enough anywhere in the article.
 */
export type ReanchorOutcome =
  | { status: "unchanged"; from: QuoteAnchor; to: QuoteAnchor }
  | { status: "moved"; from: QuoteAnchor; to: QuoteAnchor }
  | {
      status: "check";
      reason: "approximate" | "ambiguous";
      from: QuoteAnchor;
      candidate: QuoteAnchor;
      errors: number;
      score: number;
    }
  | { status: "orphaned"; from: QuoteAnchor };

type Place = { passage: number; start: number };

/**
 * Re-anchors each citation (`anchors`, in any order) in the article's passages after an edit, `after`,
 * in reading order. `before`, the passages as they were, lets a citation whose passage the teacher
 * dragged elsewhere come back as moved. Returns one outcome per anchor, in the same order.
 */
export function reanchorCitations(
  anchors: readonly QuoteAnchor[],
  after: readonly AuthoredPassage[],
  before: readonly AuthoredPassage[] = after,
): ReanchorOutcome[] {
  const indexByKey = new Map(after.map((p, i) => [p.key, i]));
  const moved = movedPassages(before, after);
  let text: ArticleText | undefined;
  const article = () => (text ??= articleText(after));
  return anchors.map((anchor) => reanchor(anchor, after, indexByKey, moved.has(anchor.passageKey), article));
}

function reanchor(
  from: QuoteAnchor,
  passages: readonly AuthoredPassage[],
  indexByKey: Map<string, number>,
  passageMoved: boolean,
  article: () => ArticleText,
): ReanchorOutcome {
  const { exact, prefix, suffix } = from.quote;
  const own = indexByKey.get(from.passageKey);
  // A verbatim quote is re-described character for character; only a candidate for the teacher is trimmed.
  const at = (place: Place): QuoteAnchor => ({
    passageKey: passages[place.passage].key,
    ...selectorsAt(passages[place.passage].text, place.start, place.start + exact.length),
  });
  if (exact === "") return { status: "orphaned", from };

  if (own !== undefined && passages[own].text.slice(from.position.start, from.position.end) === exact) {
    const to = at({ passage: own, start: from.position.start });
    return passageMoved ? { status: "moved", from, to } : { status: "unchanged", from, to };
  }

  const places = verbatimPlaces(passages, exact);
  if (places.length > 0) {
    const best = bestBy(places, (place) =>
      contextAgreement(passages[place.passage].text, place.start, exact.length, prefix, suffix),
    );
    const nearest = bestBy(best, (place) => -distanceFrom(place, from.position.start, own));
    const place = nearest[0];
    // The same words elsewhere are weaker evidence than the cited words, lightly edited, where they stood.
    const edited =
      own === undefined || place.passage === own
        ? undefined
        : findApproximateQuote(passages[own].text, from.quote, from.position.start)[0];
    const elsewhere = scoreMatch(passages[place.passage].text, from.quote, {
      start: place.start,
      end: place.start + exact.length,
      errors: 0,
    });
    if (!edited || edited.score <= elsewhere) {
      if (nearest.length === 1) return { status: "moved", from, to: at(place) };
      return { status: "check", reason: "ambiguous", from, candidate: at(place), errors: 0, score: elsewhere };
    }
  }

  // Its own passage first: a lightly edited paragraph keeps its key, and searching one passage is cheap.
  // Then one search of the whole article finds which other passages are worth searching one by one.
  let found: { passage: number; start: number; end: number; errors: number; score: number } | undefined;
  const ownMatch =
    own === undefined ? undefined : findApproximateQuote(passages[own].text, from.quote, from.position.start)[0];
  if (ownMatch) found = { passage: own!, ...ownMatch };
  else {
    for (const i of article().passagesNear(from.quote.exact)) {
      if (i === own) continue;
      const [match] = findApproximateQuote(passages[i].text, from.quote);
      if (match && (!found || match.score > found.score)) found = { passage: i, ...match };
    }
  }
  if (found) {
    try {
      const candidate = {
        passageKey: passages[found.passage].key,
        ...describeSelection(passages[found.passage].text, found),
      };
      return { status: "check", reason: "approximate", from, candidate, errors: found.errors, score: found.score };
    } catch {
      // A match of nothing but spaces is no evidence.
    }
  }
  return { status: "orphaned", from };
}

type ArticleText = { passagesNear(exact: string): number[] };

// Searching 400 short passages one by one costs several times one search of their joined text.
function articleText(passages: readonly AuthoredPassage[]): ArticleText {
  const starts: number[] = [];
  let text = "";
  for (const p of passages) {
    starts.push(text.length);
    text += `${p.text}\n`;
  }
  const passageAt = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  return {
    passagesNear(exact) {
      const near = new Set<number>();
      for (const match of search(text, exact, maxErrorsFor(exact))) {
        for (let i = passageAt(match.start); i <= passageAt(Math.max(match.start, match.end - 1)); i++) near.add(i);
      }
      return [...near];
    },
  };
}

function verbatimPlaces(passages: readonly AuthoredPassage[], exact: string): Place[] {
  const places: Place[] = [];
  passages.forEach((p, passage) => {
    for (let start = p.text.indexOf(exact); start !== -1; start = p.text.indexOf(exact, start + 1))
      places.push({ passage, start });
  });
  return places;
}

/** How many characters next to the place agree with the cited prefix (read backwards) and suffix. */
function contextAgreement(text: string, start: number, length: number, prefix: string, suffix: string): number {
  let agree = 0;
  while (agree < prefix.length && text[start - 1 - agree] === prefix[prefix.length - 1 - agree]) agree++;
  let after = 0;
  while (after < suffix.length && text[start + length + after] === suffix[after]) after++;
  return agree + after;
}

/** Characters from the old start within the citation's own passage; other passages are further than any. */
function distanceFrom(place: Place, oldStart: number, own: number | undefined): number {
  return place.passage === own ? Math.abs(place.start - oldStart) : Number.MAX_SAFE_INTEGER;
}

function bestBy<T>(items: readonly T[], score: (item: T) => number): T[] {
  const scores = items.map(score);
  const top = Math.max(...scores);
  return items.filter((_, i) => scores[i] === top);
}
