// The limits issue 17 sets on what a teacher brings, and the AppError that refuses each by name.
import { AppError } from "../errors/app-error";

/** Most characters (Unicode code points, passages' text without the blank lines between) an article may hold. */
export const ARTICLE_MAX_CHARACTERS = 200_000;
/** Most passages (paragraphs) an article may hold. */
export const ARTICLE_MAX_PASSAGES = 2_000;
/**
 * Most characters (UTF-16 units) a question's fields may hold, in the editor and in every import: a prompt (or a
 * cloze's text), each choice or accepted answer, and the explanation. Generous for any question a class studies,
 * and they keep one pasted or imported wall of text from making the editor, study page and exports megabytes long.
 */
export const QUESTION_MAX_CHARACTERS = { prompt: 2_000, answer: 500, explanation: 5_000 } as const;
/** Most bytes an uploaded or fetched file may have: 5 MB (5 × 1024 × 1024 bytes). */
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

export type LimitName = "article characters" | "article passages" | "upload size";

const CODES = {
  "article characters": "article-too-long",
  "article passages": "too-many-passages",
  "upload size": "file-too-large",
} as const;

/**
 * The error for input past one of the limits above: an AppError with the limit's code ("article-too-long",
 * "too-many-passages", "file-too-large"; status 413) and a message naming `max`, the limit, and `actual`, what
 * was found, in the limit's unit (characters, passages or bytes).
 */
export function limitError(limit: LimitName, max: number, actual: number): AppError {
  return new AppError(CODES[limit], { message: limitMessage(limit, max, actual) });
}

function limitMessage(limit: LimitName, max: number, actual: number): string {
  const n = (value: number) => new Intl.NumberFormat("en-GB").format(value);
  switch (limit) {
    case "article characters":
      return `An article may have at most ${n(max)} characters; this one has ${n(actual)}.`;
    case "article passages":
      return `An article may have at most ${n(max)} passages (paragraphs); this one has ${n(actual)}.`;
    case "upload size":
      return `A file may be at most 5 MB; this one is ${(Math.ceil((actual / UPLOAD_MAX_BYTES) * 50) / 10).toFixed(1)} MB.`;
  }
}

/** Throws AppError("file-too-large") when `bytes` (a count of bytes) passes UPLOAD_MAX_BYTES. */
export function assertUploadSize(bytes: number): void {
  if (bytes > UPLOAD_MAX_BYTES) throw limitError("upload size", UPLOAD_MAX_BYTES, bytes);
}
