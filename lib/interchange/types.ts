// The shapes every interchange format shares (issue 19): a set as it leaves Footnote (ExportedSet, read once by
// exported-set.ts and handed to each format's exporter), and a set as a file brings it in (ImportedSet, made by
// each format's parser and written by import-set.ts in one transaction). Formats know these shapes and nothing
// of the database; the database knows nothing of formats.
import type { Question } from "../content/types";

/** The formats a set leaves in (`content:export --format`, the set page's Export menu). */
export const EXPORT_FORMATS = ["apkg", "anki-txt", "gift", "qti", "kahoot", "csv", "footnote"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The formats a set comes in from (`content:import`, the teacher's Import page). */
export const IMPORT_FORMATS = ["footnote", "csv", "gift", "apkg"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * A citation as it leaves: content's Citation (`article` id, `passage` key, `quote` verbatim) plus the
 * W3C TextQuoteSelector's context (`prefix`, `suffix`: up to 32 characters, "" when not recorded), the
 * TextPositionSelector (`start`, `end`: UTF-16 offsets in the passage, null when not recorded), the passage's
 * whole text, and `link`: the absolute address of the passage in Footnote with the quote highlighted
 * (lib/routes.ts `passage` on config().appUrl).
 */
export type ExportedCitation = {
  article: string;
  passage: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
  passageText: string;
  link: string;
};

/**
 * A question as it leaves: content's one shape for every type (lib/content/types.ts: `prompt` holds a cloze's
 * text with its blank as BLANK "_____", `choices` the options shown, `answers` the accepted answers with the one
 * shown as correct first) with its citations in order. `citations` is empty for a question that cites nothing
 * yet ("needs a source", issue 18); `held` is true while it is hidden from study (no citation, or one to check).
 */
export type ExportedQuestion = Omit<Question, "citations"> & { citations: ExportedCitation[]; held: boolean };

/** An article as it leaves: its details and its live passages in order (`key`: the passage's stable id). */
export type ExportedArticle = {
  id: string;
  title: string;
  outlet: string | null;
  translationNote: string | null;
  sourceUrl: string | null;
  publishedOn: string | null;
  passages: { key: string; text: string }[];
};

/**
 * A set as every exporter reads it: the live (not archived) questions in order, and every article it is linked
 * to or cites, by id. `link`: the set's own page in Footnote, absolute.
 */
export type ExportedSet = {
  id: string;
  title: string;
  description: string;
  order: number;
  link: string;
  questions: ExportedQuestion[];
  articles: ExportedArticle[];
};

/** Questions a format cannot hold, left out of the file: how many, and why in words for people. */
export type LeftOut = { count: number; reason: string };

/**
 * An exported file: its bytes, its extension with the dot (".apkg"), its media type, and what was left out
 * (the set page and `content:export` tell the teacher; an empty list when nothing was).
 */
export type ExportFile = { bytes: Uint8Array; extension: string; mediaType: string; leftOut: LeftOut[] };

/** One format's exporter: pure (no database, no clock but what it is given), so tests feed it any set. */
export type Exporter = (set: ExportedSet) => Promise<ExportFile>;

/** An article a file brings: `ref` is the file's own name for it (an id in a footnote zip), which citations use. */
export type ImportedArticle = {
  ref: string;
  title: string;
  outlet?: string;
  translationNote?: string;
  sourceUrl?: string;
  publishedOn?: string;
  passages: { key: string; text: string }[];
};

/** A citation a file brings: the article's `ref`, the passage's key, the quote verbatim. */
export type ImportedCitation = { article: string; passage: string; quote: string };

/**
 * A question a file brings, in content's shape (lib/content/types.ts Question; `explanation` may be "" when the
 * format has none), with the file's own id if it has one (kept when free, remapped when it would collide),
 * its citations (empty when the format carries none: it arrives held, "needs a source"), and `where`: the
 * record it came from, in the words a refusal uses ("line 12", "note 3", "row 4").
 */
export type ImportedQuestion = Omit<Question, "id" | "citations"> & {
  id?: string;
  citations: ImportedCitation[];
  where: string;
};

/** A set as a file brings it: what the parser read, before anything is written. */
export type ImportedSet = {
  format: ImportFormat;
  /** The set's id in the file, kept when free (footnote zips); absent for formats without one. */
  id?: string;
  title: string;
  description: string;
  articles: ImportedArticle[];
  questions: ImportedQuestion[];
  /**
   * Records the file holds that did not come in, or came in short (a GIFT numerical question, an Anki note with
   * an empty back, images left out): `where` in a refusal's words ("line 12", "note 1700000000000"), `reason`
   * for people. Absent or empty when everything came in whole.
   */
  skipped?: { where: string; reason: string }[];
};

/**
 * What the one importing may choose of how a file is read: `as`, what a term list's rows become (flashcards,
 * the default, or typed answers); `title`, the set's title instead of the file's (CSV: its name).
 */
export type ReadOptions = { as?: TermListAs; title?: string };

/** What a term list (CSV, tab-separated) becomes: flashcards, or typed answers ("short-answer" questions). */
export const TERM_LIST_AS = ["flashcard", "short-answer"] as const;
export type TermListAs = (typeof TERM_LIST_AS)[number];

/** One format's parser: the file's bytes and name to a set, or AppError "import-refused" naming the record. */
export type Importer = (bytes: Uint8Array, fileName: string, options?: ReadOptions) => Promise<ImportedSet>;
