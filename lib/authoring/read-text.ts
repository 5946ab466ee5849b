// Reading a .txt file as an article.
import { decodeText } from "./decode-text";
import { requireText, type ReadArticle } from "./read-result";

/**
 * Reads a plain-text file (UTF-8 or UTF-16 with a byte-order mark, UTF-8, or Windows-1252): its text is
 * the article, paragraphs at blank lines; a plain file says nothing of its title or author.
 * Throws LimitError("upload size") past 5 MB, ReadError("binary") for a file that is not text and
 * ReadError("empty") for one without words.
 */
export function readText(bytes: Uint8Array): ReadArticle {
  return { text: requireText(decodeText(bytes)) };
}
