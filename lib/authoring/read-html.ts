// Reading a web page or .html file as an article: Mozilla's Readability (Firefox Reader View) keeps the
// article and drops the page's chrome, on linkedom's server-side DOM, which runs no script and loads nothing.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { decodeText } from "./decode-text";
import { metadata, requireText, type ReadArticle } from "./read-result";
import { visibleText } from "./visible-text";

/**
 * Reads an HTML page: the article's visible text in paragraphs, and its title, author (byline), outlet
 * (site name) and published date when the page says them. `charset` is the one a Content-Type header
 * named, if any; else the page's <meta charset> or a byte-order mark decide, else UTF-8. When Readability
 * finds no article (a short page), the page's visible text without its navigation, header and footer is used.
 * Nothing of the markup survives: the result is plain text. Throws AppError("file-too-large") past 5 MB,
 * AppError("binary-file") for bytes that are not text, AppError("empty-file") for a page without words.
 */
export function readHtml(bytes: Uint8Array, charset?: string): ReadArticle {
  const html = requireText(decodeText(bytes, charset ?? metaCharset(bytes)));
  const { document } = parseHTML(html);
  const title = metadata(document.querySelector("title")?.textContent);
  const parsed = new Readability(document as unknown as Document, { serializer: (node) => node }).parse();
  let text = parsed?.content ? visibleText(parsed.content as never) : "";
  if (!/[\p{L}\p{N}]/u.test(text)) {
    const { document: page } = parseHTML(html);
    for (const chrome of page.querySelectorAll(
      "nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo]",
    ))
      chrome.remove();
    // The whole document: linkedom leaves a fragment without <html> or <body> outside page.body.
    text = visibleText(page as never);
  }
  return {
    title: metadata(parsed?.title) ?? title,
    author: metadata(parsed?.byline),
    outlet: metadata(parsed?.siteName),
    published: metadata(parsed?.publishedTime, "date"),
    text: requireText(text),
  };
}

/** The charset a page declares in its first 1,024 bytes (<meta charset> or http-equiv), as the HTML standard sniffs. */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}
