// The limits issue 17 sets on what a teacher brings, and the one error that refuses them by name.

/** Most characters (Unicode code points, passages' text without the blank lines between) an article may hold. */
export const ARTICLE_MAX_CHARACTERS = 200_000;
/** Most passages (paragraphs) an article may hold. */
export const ARTICLE_MAX_PASSAGES = 2_000;
/** Most bytes an uploaded or fetched file may have: 5 MB (5 × 1024 × 1024 bytes). */
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

export type LimitName = "article characters" | "article passages" | "upload size";

/**
 * Thrown when input passes one of the limits above. `limit` names it, `max` is the limit and `actual` what
 * was found, in the limit's unit (characters, passages or bytes); the message says all three for a person.
 */
export class LimitError extends Error {
  constructor(
    readonly limit: LimitName,
    readonly max: number,
    readonly actual: number,
  ) {
    super(limitMessage(limit, max, actual));
    this.name = "LimitError";
  }
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

/** Throws LimitError("upload size") when `bytes` (a count of bytes) passes UPLOAD_MAX_BYTES. */
export function assertUploadSize(bytes: number): void {
  if (bytes > UPLOAD_MAX_BYTES) throw new LimitError("upload size", UPLOAD_MAX_BYTES, bytes);
}
