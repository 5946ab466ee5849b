// Reading a .txt file as an article.
import { decodeText } from "./decode-text";
import { requireText, type ReadArticle } from "./read-result";

/**
 * Reads a plain-text file (UTF-8 or UTF-16 with a byte-order mark, UTF-8, or Windows-1252): its text is
 * the article, paragraphs at blank lines; a plain file says nothing of its title or author.
 * Throws AppError("file-too-large") past 5 MB, AppError("binary-file") for a file that is not text and
 * AppError("empty-file") for one without words.
 */
export function readText(bytes: Uint8Array): ReadArticle {
  return { text: requireText(decodeText(bytes)) };
}
