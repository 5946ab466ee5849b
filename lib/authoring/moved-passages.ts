// Which passages a teacher moved: those whose order against the others changed, not those that merely
// shifted because a paragraph was added or removed above them.
import type { AuthoredPassage } from "./passages";

/**
 * The keys of passages present before and after an edit whose place among the other kept passages changed:
 * every kept key outside one longest run of keys that kept their order (found in O(n log n)). Where two
 * passages swapped places the later one in the old order counts as moved: which of them the teacher dragged
 * cannot be told from the texts.
 */
export function movedPassages(before: readonly AuthoredPassage[], after: readonly AuthoredPassage[]): Set<string> {
  const oldIndex = new Map(before.map((p, i) => [p.key, i]));
  const kept = after.filter((p) => oldIndex.has(p.key));
  const sequence = kept.map((p) => oldIndex.get(p.key)!);

  // Longest increasing subsequence, patience style: tails[k] ends the best run of length k + 1.
  const tails: number[] = [];
  const previous = new Array<number>(sequence.length).fill(-1);
  for (let i = 0; i < sequence.length; i++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sequence[tails[middle]] < sequence[i]) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[i] = tails[low - 1];
    tails[low] = i;
  }
  const inOrder = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i !== -1; i = previous[i]) inOrder.add(i);
  return new Set(kept.filter((_, i) => !inOrder.has(i)).map((p) => p.key));
}
