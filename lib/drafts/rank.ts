// Which drafts come first: facts the article repeats, or that the set's other articles also name, and names and
// amounts before quoted phrases; a name asked again weighs less each time, so the first page is varied.
import { normaliseAnswer } from "./normalise";
import type { EntityKind } from "./types";

const KIND_WEIGHT: Record<EntityKind, number> = {
  person: 3,
  place: 2.5,
  organisation: 2.5,
  date: 3,
  year: 3,
  number: 3,
  amount: 3.5,
  quotation: 1.5,
};

/**
 * A fact's rank score (higher first): its kind's weight, plus 0.5 per further mention in the article (at most
 * 2), plus 2 when another article of the set names it too.
 */
export function factScore(
  kind: EntityKind,
  answer: string,
  article: ReadonlyMap<string, number>,
  others: ReadonlyMap<string, number>,
): number {
  const name = normaliseAnswer(answer);
  return KIND_WEIGHT[kind] + Math.min((article.get(name) ?? 1) - 1, 4) * 0.5 + (others.has(name) ? 2 : 0);
}

/**
 * Items ranked best first, each with its score as ranked: by score, less `repeatPenalty` for each earlier item with the same answer, then in
 * reading order; the penalty is applied greedily so a name asked three times falls behind fresh facts.
 */
export function rankDrafts<T extends { score: number; answer: string; order: number }>(
  items: readonly T[],
  repeatPenalty = 2,
): T[] {
  const pending = [...items]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((item) => ({ item, key: normaliseAnswer(item.answer) }));
  const asked = new Map<string, number>();
  const ranked: T[] = [];
  while (pending.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    pending.forEach(({ item, key }, i) => {
      const score = item.score - repeatPenalty * (asked.get(key) ?? 0);
      if (score > bestScore || (score === bestScore && item.order < pending[best].item.order)) {
        best = i;
        bestScore = score;
      }
    });
    const [{ item, key }] = pending.splice(best, 1);
    asked.set(key, (asked.get(key) ?? 0) + 1);
    ranked.push({ ...item, score: bestScore });
  }
  return ranked;
}
