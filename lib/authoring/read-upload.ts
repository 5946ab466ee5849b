// Which reader an uploaded file goes to, by its name and then its declared type.
import { readDocx } from "./read-docx";
import { readHtml } from "./read-html";
import { readMarkdown } from "./read-markdown";
import { AppError } from "../errors/app-error";
import type { ReadArticle } from "./read-result";
import { readText } from "./read-text";

export type ArticleFormat = "text" | "markdown" | "html" | "docx";

const BY_EXTENSION: Record<string, ArticleFormat> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  docx: "docx",
};
const BY_TYPE: Record<string, ArticleFormat> = {
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

/**
 * The format of a file from its name's extension (.txt, .md, .html, .htm, .docx), else from its media
 * type (`contentType`, parameters ignored); undefined when neither says one we read.
 */
export function articleFormat(name: string | undefined, contentType: string | undefined): ArticleFormat | undefined {
  const extension = name?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  return (extension && BY_EXTENSION[extension]) || BY_TYPE[contentType?.split(";")[0].trim().toLowerCase() ?? ""];
}

/**
 * Reads an uploaded file as an article with the reader for its format; `charset` is a declared one (a
 * Content-Type parameter), used for HTML. Throws AppError("unsupported-file") naming the formats read, and
 * whatever that reader throws (AppError("file-too-large") past 5 MB, AppError).
 */
export async function readArticleFile(file: {
  name?: string;
  contentType?: string;
  bytes: Uint8Array;
}): Promise<ReadArticle> {
  const format = articleFormat(file.name, file.contentType);
  const charset = /;\s*charset\s*=\s*"?([\w-]+)/i.exec(file.contentType ?? "")?.[1];
  switch (format) {
    case "text":
      return readText(file.bytes);
    case "markdown":
      return readMarkdown(file.bytes);
    case "html":
      return readHtml(file.bytes, charset);
    case "docx":
      return readDocx(file.bytes);
    default:
      throw new AppError("unsupported-file");
  }
}
