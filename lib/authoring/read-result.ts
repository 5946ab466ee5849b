// What reading a teacher's article gives, whatever it came as, and how reading refuses a file.

/**
 * An article read from a file or page: `text` is plain text, paragraphs separated by blank lines (for
 * splitPassages); never markup. The rest is what the source said of itself, trimmed, when it said it:
 * `published` as written, or YYYY-MM-DD when it was an ISO date or date-time.
 */
export type ReadArticle = { title?: string; author?: string; outlet?: string; published?: string; text: string };

export type ReadErrorCode = "empty" | "binary" | "not-docx" | "old-doc" | "unsupported";

/** Thrown when a file cannot be read as an article; `message` says why to the teacher, `code` to the code. */
export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ReadError";
  }
}

/** Trims a piece of metadata; undefined when nothing is left. ISO dates and date-times become YYYY-MM-DD. */
export function metadata(value: unknown, kind: "text" | "date" = "text"): string | undefined {
  if (typeof value !== "string" && !(value instanceof Date)) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const trimmed = value.replace(/\s+/g, " ").trim();
  if (!trimmed) return undefined;
  if (kind === "date" && /^\d{4}-\d{2}-\d{2}([T ]|$)/.test(trimmed)) return trimmed.slice(0, 10);
  return trimmed;
}

/** Throws ReadError("empty") when `text` holds no words, else returns it. */
export function requireText(text: string): string {
  if (!/[\p{L}\p{N}]/u.test(text)) throw new ReadError("empty", "The file holds no text to read.");
  return text;
}
