// Every address of the site, built in one place: ids and codes are always encoded, a query is built with
// URLSearchParams, and renaming a page means changing one line here. Plain functions with no server
// imports, so pages, components, server actions, route handlers and the Pages Router study page share them.
// Each returns Next's `Route` type and each path goes through page(): with `typedRoutes` on (next.config.js),
// a path that matches no page or route handler fails the type check here, and Next types every redirect()
// and <Link href> elsewhere, so an address written by hand outside this module fails too.
import type { Route } from "next";
import { textDirective, type QuoteContext } from "./content/text-fragment";

/** Query parameters; undefined values are left out. */
export type Query = Record<string, string | number | undefined>;

const at = encodeURIComponent;

/**
 * `path` with `query` appended (`?a=1&b=2`) and `hash` after it (`#hash`, as given: a hash is not
 * encoded, since a text fragment's syntax must stay as it is); parts that are undefined are left out.
 * The one cast to Next's `Route`: a page with a query or hash is still that page.
 */
export function withQuery<T extends string>(path: Route<T>, query: Query = {}, hash?: string): Route {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
  const text = params.toString();
  return `${text ? `${path}?${text}` : path}${hash ? `#${hash}` : ""}` as Route;
}

/**
 * `path` as it is, typed as one of the app's pages: with Next's typed routes on (next.config.js
 * `typedRoutes`), a path that matches no page, layout or route handler fails the type check here.
 */
function page<T extends string>(path: Route<T>): Route<T> {
  return path;
}

export const routes = {
  home: (query?: Query) => withQuery(page("/"), query),
  progress: () => withQuery(page("/progress")),
  /** `hash`: a section's id, e.g. "time-heading". */
  account: (hash?: string) => withQuery(page("/account"), {}, hash),

  /** `next`: where to return after signing in; made safe by the sign-in page (lib/http/return-path.ts). */
  signIn: (query?: Query) => withQuery(page("/sign-in"), query),
  signUp: (query?: Query) => withQuery(page("/sign-up"), query),
  checkEmail: () => withQuery(page("/sign-in/check-email")),
  /** The page an emailed sign-in link opens (GET only looks the token up), and where its button posts. */
  signInLink: (query?: Query) => withQuery(page("/sign-in/link"), query),
  useSignInLink: () => withQuery(page("/sign-in/link/use")),

  join: () => withQuery(page("/join")),
  joinCode: (code: string) => withQuery(page(`/join/${at(code)}`)),

  classes: () => withQuery(page("/classes")),
  classroom: (classId: string, query?: Query) => withQuery(page(`/classes/${at(classId)}`), query),
  assignment: (classId: string, assignmentId: string) =>
    withQuery(page(`/classes/${at(classId)}/assignments/${at(assignmentId)}`)),
  /** A report table as a file: `table` is the route's [table] segment, e.g. "students.csv". */
  assignmentDownload: (classId: string, assignmentId: string, table: string) =>
    withQuery(page(`/api/classes/${at(classId)}/assignments/${at(assignmentId)}/${at(table)}`)),

  set: (setId: string, query?: Query) => withQuery(page(`/sets/${at(setId)}`), query),
  /** The study page (pages/sets/[setId]/study.tsx). */
  study: (setId: string, query?: Query) => withQuery(page(`/sets/${at(setId)}/study`), query),
  /** Where the study page's plain forms post: one route handler, one step per address ("answer", "undo", …). */
  studyStep: (setId: string, step: string) => withQuery(page(`/sets/${at(setId)}/study/${at(step)}`)),
  practice: (setId: string, query?: Query) => withQuery(page(`/sets/${at(setId)}/practice`), query),
  /** Where the practice page's plain form posts, as the study page's. */
  practiceStep: (setId: string, step: string) => withQuery(page(`/sets/${at(setId)}/practice/${at(step)}`)),

  // Teachers' sets: downloading one.
  /** A set with every article it cites, as content/'s files in a zip (app/(study)/sets/[setId]/download/route.ts). */
  setDownload: (setId: string) => withQuery(page(`/sets/${at(setId)}/download`)),

  /** `hash`: a passage's anchor, as given (see `passage` for one with a quote). */
  article: (articleId: string, query?: Query, hash?: string) =>
    withQuery(page(`/articles/${at(articleId)}`), query, hash),
  /**
   * An article opened at a passage: its anchor, plus a text fragment (#:~:text=) that highlights `quote` in
   * browsers that support one, and `?highlight=` naming the question whose quotes the server marks. With the
   * citation's `context` (its prefix and suffix), the fragment names the cited place, not the quote's first one.
   */
  passage: (articleId: string, passageKey: string, quote?: string, questionId?: string, context?: QuoteContext) =>
    withQuery(
      page(`/articles/${at(articleId)}`),
      { highlight: questionId },
      quote ? `${passageKey}:~:text=${textDirective(quote, context)}` : passageKey,
    ),

  // Teachers' articles (issue 17, articles part): adding one three ways, and its editor.
  newArticle: (query?: Query) => withQuery(page("/articles/new"), query),
  /** The article's editor; `query` carries what the last save did (e.g. re-anchoring counts) or a notice code. */
  editArticle: (articleId: string, query?: Query, hash?: string) =>
    withQuery(page(`/articles/${at(articleId)}/edit`), query, hash),
  /** Where the upload form posts: a route handler, since a 5 MB file is past every other form's limit. */
  articleUpload: () => withQuery(page("/api/articles/upload")),
  // Teachers' sets: the set editor (issue 17, the editor's part)
  /** A new set; `query.article` names an article to start from. */
  newSet: (query?: Query) => withQuery(page("/sets/new"), query),
  /**
   * The set editor; `query`: `article` (the article shown), `edit` (a question being edited), `type` (a new question's
   * type), `passages` (the number of the first passage of the article pane's window).
   */
  editSet: (setId: string, query?: Query, hash?: string) => withQuery(page(`/sets/${at(setId)}/edit`), query, hash),
  /** JSON { passages: [key, text][] }: all of one of the set's articles' passages, for the editor's article pane. */
  editorPassages: (setId: string, articleId: string) =>
    withQuery(page(`/api/sets/${at(setId)}/articles/${at(articleId)}/passages`)),
  // Issue 18, question drafts: a set's drafted questions beside its article (app/(teach)/sets/[setId]/drafts).
  /** `query`: `article` (the article shown), `shown` (how many drafts), and flags of the last decision. */
  setDrafts: (setId: string, query?: Query, hash?: string) => withQuery(page(`/sets/${at(setId)}/drafts`), query, hash),
  // Issue 17, ownership and sharing: the library of public sets (app/(study)/library/page.tsx).
  library: () => withQuery(page("/library")),
  // Issue 19, part C: sets out (the set page's Export list) and in (the teacher's Import page).
  /** A set as a file in `format` (lib/interchange/types.ts EXPORT_FORMATS), as an attachment. */
  setExport: (setId: string, format: string) => withQuery(page(`/sets/${at(setId)}/export/${at(format)}`)),
  /** The Import page; `query.flash` names the refusal its post left in the flash cookie (lib/http/flash.ts). */
  importSet: (query?: Query) => withQuery(page("/sets/import"), query),
  /** Where the Import page's multipart form posts: a route handler, for a file of up to 5 MB. */
  importSetPost: () => withQuery(page("/api/sets/import")),
} as const;
