// Drafted questions: what Footnote proposes from an article's text for a teacher to accept, edit or reject,
// each already citing the passage that states its fact (issue 18). The shapes shared by the drafting rules
// (lib/drafts/draft.ts), "find the evidence" (lib/drafts/evidence.ts), the drafts page and `content:draft`.
// Pure types.
import type { Question } from "../content/types";

/** An article as drafting reads it: its id, title, note (e.g. "machine translation") and passages in order. */
export type DraftSource = {
  id: string;
  title: string;
  /** The article's note or translation remark, if any. */
  note?: string;
  /** Passages in reading order: `key` is the passage's id within its article (Passage.key; content/'s "p3"). */
  passages: { key: string; text: string }[];
};

/** What a drafted answer is: the kind its distractors and swaps must share. */
export type EntityKind = "person" | "place" | "organisation" | "date" | "year" | "number" | "amount" | "quotation";

/**
 * Where a draft's evidence is: a passage of `article` and the quote in it, with its UTF-16 offsets in the
 * passage's text (`text.slice(start, end) === quote`, the W3C TextPositionSelector's convention).
 */
export type DraftCitation = { article: string; passage: string; quote: string; start: number; end: number };

/**
 * A drafted question in the stored shape (lib/content/types.ts Question: a cloze's prompt holds the blank
 * "_____" and its answer is answers[0]), with one citation, the kind of its answer and a rank score (higher is
 * shown first). `id` is stable: the same fact drafted from the same passage gets the same id on every run,
 * whatever else in the article changed.
 */
export type Draft = Omit<Question, "id" | "citations"> & {
  id: string;
  kind: EntityKind;
  score: number;
  citation: DraftCitation;
};
