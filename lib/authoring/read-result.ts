// What reading a teacher's article gives, whatever it came as. A file that cannot be read is refused with
// an AppError: "empty-file", "binary-file", "not-docx", "old-doc", "unsupported-file" (lib/errors/app-error.ts).
import { AppError } from "../errors/app-error";

/**
 * An article read from a file or page: `text` is plain text, paragraphs separated by blank lines (for
 * splitPassages); never markup. The rest is what the source said of itself, trimmed, when it said it:
 * `published` as written, or YYYY-MM-DD when it was an ISO date or date-time.
 */
export type ReadArticle = { title?: string; author?: string; outlet?: string; published?: string; text: string };

/** Trims a piece of metadata; undefined when nothing is left. ISO dates and date-times become YYYY-MM-DD. */
export function metadata(value: unknown, kind: "text" | "date" = "text"): string | undefined {
  if (typeof value !== "string" && !(value instanceof Date)) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const trimmed = value.replace(/\s+/g, " ").trim();
  if (!trimmed) return undefined;
  if (kind === "date" && /^\d{4}-\d{2}-\d{2}([T ]|$)/.test(trimmed)) return trimmed.slice(0, 10);
  return trimmed;
}

/** Throws AppError("empty-file") when `text` holds no words, else returns it. */
export function requireText(text: string): string {
  if (!/[\p{L}\p{N}]/u.test(text)) throw new AppError("empty-file");
  return text;
}
