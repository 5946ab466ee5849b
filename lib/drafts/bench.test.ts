import { describe, expect, it } from "vitest";
import { benchArticle } from "./bench";

describe("benchArticle", () => {
  it("makes an article of at least the words asked, from the shipped passages, each with its own key", () => {
    const article = benchArticle(5000);
    const words = article.passages.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
    expect(words).toBeGreaterThanOrEqual(5000);
    expect(words).toBeLessThan(5200);
    expect(new Set(article.passages.map((p) => p.key)).size).toBe(article.passages.length);
  });
});
