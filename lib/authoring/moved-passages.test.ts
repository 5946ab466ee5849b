import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { movedPassages } from "./moved-passages";

const article = (...keys: string[]) => keys.map((key) => ({ key, text: key }));

describe("movedPassages", () => {
  it("sees a paragraph dragged elsewhere, and not the ones that only shifted", () => {
    expect(movedPassages(article("a", "b", "c", "d", "e"), article("a", "c", "d", "b", "e"))).toEqual(new Set(["b"]));
    expect(movedPassages(article("a", "b", "c", "d", "e"), article("e", "a", "b", "c", "d"))).toEqual(new Set(["e"]));
  });
  it("sees no move when paragraphs are only added or deleted", () => {
    expect(movedPassages(article("a", "b", "c"), article("new", "a", "c", "other"))).toEqual(new Set());
  });
  it("counts the later of two swapped paragraphs as moved", () => {
    expect(movedPassages(article("a", "b"), article("b", "a"))).toEqual(new Set(["b"]));
  });
  it("leaves the rest in their old order, and moves as few as can be", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 25 }), fc.nat(), (numbers, seed) => {
        const before = article(...numbers.map(String));
        const shuffled = [...before].sort(
          (x, y) => ((Number(x.key) * 7919 + seed) % 101) - ((Number(y.key) * 7919 + seed) % 101),
        );
        const moved = movedPassages(before, shuffled);
        const stayed = shuffled.filter((p) => !moved.has(p.key)).map((p) => before.findIndex((b) => b.key === p.key));
        expect(stayed).toEqual([...stayed].sort((x, y) => x - y));
        const order = shuffled.map((p) => before.findIndex((b) => b.key === p.key));
        const longest = order.map(() => 1);
        order.forEach((value, i) =>
          order
            .slice(0, i)
            .forEach((earlier, j) => earlier < value && (longest[i] = Math.max(longest[i], longest[j] + 1))),
        );
        expect(moved.size).toBe(order.length - Math.max(0, ...longest));
        if (shuffled.every((p, i) => p.key === before[i].key)) expect(moved.size).toBe(0);
      }),
    );
  });
});
