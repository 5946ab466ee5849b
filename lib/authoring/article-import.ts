// Adding an article from a file a teacher uploads or a web address they give: read with the maintained
// readers (lib/authoring/read-upload.ts, fetch-article.ts), its details taken from what the file or page
// says of itself, then created as pasted text is (lib/authoring/articles.ts), all or nothing.
import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { hit, tryAgainIn, type Limit } from "../http/rate-limit";
import { clip, DETAIL_MAX } from "./article-details";
import { createArticle } from "./articles";
import { fetchArticle, type FetchOptions } from "./fetch-article";
import { assertUploadSize } from "./limits";
import type { ReadArticle } from "./read-result";
import { readArticleFileBounded } from "./read-bounded";

/** Web-address imports per teacher: each fetches a page from elsewhere on the school's behalf. */
export const ARTICLE_FETCH_LIMIT: Limit = { max: 20, windowMs: 60 * 60_000 };
/** Uploads per teacher: each may hold a reader for up to 20 s (lib/authoring/read-bounded.ts). */
export const ARTICLE_UPLOAD_LIMIT: Limit = { max: 30, windowMs: 60 * 60_000 };

/**
 * Adds an article owned by `viewer` from an uploaded file (.txt, .md, .html or .docx, at most 5 MB): its
 * title, author or outlet and date from the file's own metadata where it has them, else the title from the
 * file's name. Returns { id }. Throws AppError "sign-in" / "teachers-only", "file-too-large", the readers'
 * codes ("unsupported-file", "empty-file", "binary-file", "not-docx", "old-doc"), "file-too-complex" when reading
 * passes its time or memory limit (lib/authoring/read-bounded.ts), "uploads-rate-limited" past
 * ARTICLE_UPLOAD_LIMIT.max files a teacher an hour, "reading-busy" when the server's readers are all taken, and
 * createArticle's.
 */
export async function createArticleFromFile(
  viewer: Viewer | null,
  file: { name?: string; contentType?: string; bytes: Uint8Array },
): Promise<{ id: string }> {
  const teacher = requireTeacher(viewer);
  assertUploadSize(file.bytes.byteLength);
  if (file.bytes.byteLength === 0)
    throw new AppError("empty-file", { field: "file", message: "Choose a file to upload." });
  const limited = await hit(db, `article-upload:user:${teacher.id}`, ARTICLE_UPLOAD_LIMIT);
  if (!limited.ok)
    throw new AppError("uploads-rate-limited", {
      field: "file",
      message: `You can upload at most ${ARTICLE_UPLOAD_LIMIT.max} files an hour. ${tryAgainIn(limited.retryAfterSeconds)}`,
    });
  const read = await readArticleFileBounded(file);
  const stem = file.name?.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  return createArticle(viewer, detailsFrom(read, stem || "Untitled article"), read.text);
}

/**
 * Adds an article owned by `viewer` from a web address, fetched by the server (fetchArticle: no private
 * addresses unless FOOTNOTE_ALLOW_PRIVATE_FETCH, 5 MB, 10 s), at most ARTICLE_FETCH_LIMIT.max per teacher
 * an hour; the source address is the page's, its details the page's own. Returns { id }. Throws AppError
 * "sign-in" / "teachers-only", "rate-limited" (naming the limit and the wait), fetchArticle's codes and
 * createArticle's.
 */
export async function createArticleFromAddress(
  viewer: Viewer | null,
  address: string,
  options: FetchOptions = {},
): Promise<{ id: string }> {
  const teacher = requireTeacher(viewer);
  const limited = await hit(db, `article-fetch:user:${teacher.id}`, ARTICLE_FETCH_LIMIT);
  if (!limited.ok)
    throw new AppError("rate-limited", {
      field: "address",
      message: `You can add at most ${ARTICLE_FETCH_LIMIT.max} articles from web addresses an hour. ${tryAgainIn(limited.retryAfterSeconds)}`,
    });
  const read = await fetchArticle(address, options);
  const url = new URL(read.url);
  return createArticle(
    viewer,
    {
      ...detailsFrom(read, `${url.host}${url.pathname === "/" ? "" : url.pathname}`),
      sourceUrl: clip(read.url, DETAIL_MAX.sourceUrl),
    },
    read.text,
  );
}

function detailsFrom(read: ReadArticle, fallbackTitle: string) {
  return {
    title: clip(read.title ?? fallbackTitle, DETAIL_MAX.title),
    outlet: clip([read.author, read.outlet].filter(Boolean).join(", ") || undefined, DETAIL_MAX.outlet),
    publishedOn: clip(read.published, DETAIL_MAX.publishedOn),
  };
}
