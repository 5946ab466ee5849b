// Articles as drafting reads them (DraftSource), from content/'s files, a plain text, or stored rows.
import { splitPassages } from "../authoring/passages";
import type { Article } from "../content/types";
import type { DraftSource } from "./types";

/** A content/ article (lib/content/parse-article.ts) as a DraftSource; its note and translation remark joined. */
export function sourceFromArticle(article: Article): DraftSource {
  const note = [article.translation, article.note].filter(Boolean).join(" ");
  return {
    id: article.id,
    title: article.title,
    ...(note ? { note } : {}),
    passages: article.passages.map((p) => ({ key: p.id, text: p.text })),
  };
}

/** A plain text as a DraftSource: paragraphs at blank lines become passages p1, p2, … (splitPassages). */
export function sourceFromText(id: string, title: string, text: string): DraftSource {
  return { id, title, passages: splitPassages(text) };
}

/** A file name as a content id: its base name in lower case, other characters as single hyphens. */
export function idFromFileName(name: string): string {
  const base = name
    .replace(/^.*[\\/]/, "")
    .replace(/\.[^.]*$/, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return base || "article";
}
