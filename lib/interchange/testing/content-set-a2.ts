// Tests' way to an ExportedSet without a database: a shipped set (content/) in the shape exported-set.ts reads
// from the database, links on a fixed address. Part A2's copy; A1 writes content-set.ts for the same job, and the
// merge keeps one.
import { loadContent, type Content } from "../../content/load";
import { routes } from "../../routes";
import type { ExportedSet } from "../types";

/** The address the links in a test set start with. */
export const TEST_APP_URL = "https://footnote.test";

const absolute = (path: string) => new URL(path, TEST_APP_URL).toString();

/**
 * The shipped set `setId` (content/sets) as exporters read it: every question citing its passages (not held),
 * every article it cites with its passages, and links on TEST_APP_URL. Citations carry no context or offsets
 * (content/ records none). Throws when content/ has problems or no such set.
 */
export function contentExportedSet(setId: string, content: Content = loadContent()): ExportedSet {
  if (content.problems.length > 0) throw new Error(`content/ has problems: ${content.problems[0].message}`);
  const set = content.sets.find((s) => s.id === setId);
  if (!set) throw new Error(`no shipped set "${setId}"`);
  const cited = new Set(set.questions.flatMap((q) => q.citations.map((c) => c.article)));
  const articles = content.articles.filter((a) => cited.has(a.id));
  const passageText = (article: string, key: string) =>
    articles.find((a) => a.id === article)?.passages.find((p) => p.id === key)?.text ?? "";
  return {
    id: set.id,
    title: set.title,
    description: set.description,
    order: set.order,
    link: absolute(routes.set(set.id)),
    articles: articles.map((a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet ?? null,
      translationNote: a.translation ?? null,
      sourceUrl: null,
      publishedOn: null,
      passages: a.passages.map((p) => ({ key: p.id, text: p.text })),
    })),
    questions: set.questions.map((q) => ({
      ...q,
      held: false,
      citations: q.citations.map((c) => ({
        ...c,
        prefix: "",
        suffix: "",
        start: null,
        end: null,
        passageText: passageText(c.article, c.passage),
        link: absolute(routes.passage(c.article, c.passage, c.quote)),
      })),
    })),
  };
}
