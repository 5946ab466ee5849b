// Drafts in content:export's question shape (lib/content/export.ts), as `content:draft` prints them.
import type { Draft, DraftSource } from "./types";

/** One exported question: content:export's fields, each citation with its passage's full text. */
export type ExportedDraft = {
  id: string;
  type: Draft["type"];
  prompt: string;
  choices: string[];
  answers: string[];
  explanation: string;
  citations: { article: string; passageId: string; passageText: string; quote: string }[];
};

/** `{ questions }` in rank order, for `drafts` drafted from `article`. */
export function exportDrafts(drafts: readonly Draft[], article: DraftSource): { questions: ExportedDraft[] } {
  const text = new Map(article.passages.map((p) => [p.key, p.text]));
  return {
    questions: drafts.map((d) => ({
      id: d.id,
      type: d.type,
      prompt: d.prompt,
      choices: d.choices,
      answers: d.answers,
      explanation: d.explanation,
      citations: [
        {
          article: d.citation.article,
          passageId: d.citation.passage,
          passageText: text.get(d.citation.passage) ?? "",
          quote: d.citation.quote,
        },
      ],
    })),
  };
}
