// Test helper (issue 19): a set from content/ in the shape exporters take (types.ts ExportedSet), built without a
// database as lib/interchange/exported-set.ts builds it from one, so every format's tests can export the shipped
// sets. Content's citations carry no W3C context, so prefix and suffix are "" and start and end are located in
// the passage (the quote's first place), as the content sync records them.
import { loadContent } from "../../content/load";
import type { Article, QuestionSet } from "../../content/types";
import { routes } from "../../routes";
import type { ExportedArticle, ExportedSet } from "../types";

/** The address exported links start with in tests, standing in for config().appUrl. */
export const TEST_APP_URL = "http://localhost:3000";

const absolute = (path: string) => new URL(path, TEST_APP_URL).toString();

function exportedArticle(article: Article): ExportedArticle {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet ?? null,
    translationNote: article.translation ?? null,
    sourceUrl: null,
    publishedOn: null,
    passages: article.passages.map((p) => ({ key: p.id, text: p.text })),
  };
}

/**
 * `set` (content's shape) with `articles` as exporters read it: every question with `held: false` (content's
 * questions all cite), each citation with its passage's text and absolute link, and the articles the set cites.
 * Throws when a citation names an article or passage that `articles` lacks (content:check refuses those).
 */
export function exportedContentSet(set: QuestionSet, articles: Article[]): ExportedSet {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const cited = new Set<string>();
  const questions = set.questions.map((q) => ({
    ...q,
    held: false,
    citations: q.citations.map((c) => {
      const passage = byId.get(c.article)?.passages.find((p) => p.id === c.passage);
      if (!passage) throw new Error(`${set.id}/${q.id}: no passage ${c.article}#${c.passage}`);
      cited.add(c.article);
      const start = passage.text.indexOf(c.quote);
      return {
        ...c,
        prefix: "",
        suffix: "",
        start: start < 0 ? null : start,
        end: start < 0 ? null : start + c.quote.length,
        passageText: passage.text,
        link: absolute(routes.passage(c.article, c.passage, c.quote)),
      };
    }),
  }));
  return {
    id: set.id,
    title: set.title,
    description: set.description,
    order: set.order,
    link: absolute(routes.set(set.id)),
    questions,
    articles: articles.filter((a) => cited.has(a.id)).map(exportedArticle),
  };
}

/** Every set shipped in content/ (or `dir`), as exporters read them. Throws if the content has problems. */
export function exportedContentSets(dir?: string): ExportedSet[] {
  const content = loadContent(dir);
  if (content.problems.length > 0) throw new Error(`content has problems: ${content.problems[0].message}`);
  return content.sets.map((set) => exportedContentSet(set, content.articles));
}
