// Every address of the site, built in one place: ids and codes are always encoded, a query is built with
// URLSearchParams, and renaming a page means changing one line here. Plain functions with no server
// imports, so pages, components, server actions, route handlers and the Pages Router study page share them.
import type { Route } from "next";
import { encodeTextDirective } from "./content/text-fragment";

/** Query parameters; undefined values are left out. */
export type Query = Record<string, string | number | undefined>;

const at = encodeURIComponent;

/**
 * `path` with `query` appended (`?a=1&b=2`) and `hash` after it (`#hash`, as given: a hash is not
 * encoded, since a text fragment's syntax must stay as it is); parts that are undefined are left out.
 * The one cast to Next's `Route`: every path handed in here is one of this module's own.
 */
export function withQuery(path: string, query: Query = {}, hash?: string): Route {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
  const text = params.toString();
  return `${text ? `${path}?${text}` : path}${hash ? `#${hash}` : ""}` as Route;
}

export const routes = {
  home: (query?: Query) => withQuery("/", query),
  progress: () => withQuery("/progress"),
  /** `hash`: a section's id, e.g. "time-heading". */
  account: (hash?: string) => withQuery("/account", {}, hash),

  /** `next`: where to return after signing in; made safe by the sign-in page (lib/http/return-path.ts). */
  signIn: (query?: Query) => withQuery("/sign-in", query),
  signUp: (query?: Query) => withQuery("/sign-up", query),
  checkEmail: () => withQuery("/sign-in/check-email"),
  /** The page an emailed sign-in link opens (GET only looks the token up), and where its button posts. */
  signInLink: (query?: Query) => withQuery("/sign-in/link", query),
  useSignInLink: () => withQuery("/sign-in/link/use"),

  join: () => withQuery("/join"),
  joinCode: (code: string) => withQuery(`/join/${at(code)}`),

  classes: () => withQuery("/classes"),
  classroom: (classId: string, query?: Query) => withQuery(`/classes/${at(classId)}`, query),
  assignment: (classId: string, assignmentId: string) => withQuery(`/classes/${at(classId)}/assignments/${at(assignmentId)}`),
  /** A report table as a file: `table` is the route's [table] segment, e.g. "students.csv". */
  assignmentDownload: (classId: string, assignmentId: string, table: string) =>
    withQuery(`/api/classes/${at(classId)}/assignments/${at(assignmentId)}/${at(table)}`),

  set: (setId: string, query?: Query) => withQuery(`/sets/${at(setId)}`, query),
  /** The study page (pages/sets/[setId]/study.tsx). */
  study: (setId: string, query?: Query) => withQuery(`/sets/${at(setId)}/study`, query),
  /** Where the study page's plain forms post: one route handler, one step per address ("answer", "undo", …). */
  studyStep: (setId: string, step: string) => withQuery(`/sets/${at(setId)}/study/${at(step)}`),
  practice: (setId: string, query?: Query) => withQuery(`/sets/${at(setId)}/practice`, query),

  /** `hash`: a passage's anchor, as given (see `passage` for one with a quote). */
  article: (articleId: string, query?: Query, hash?: string) => withQuery(`/articles/${at(articleId)}`, query, hash),
  /**
   * An article opened at a passage: its anchor, plus a text fragment (#:~:text=) that highlights `quote` in
   * browsers that support one, and `?highlight=` naming the question whose quotes the server marks.
   */
  passage: (articleId: string, passageKey: string, quote?: string, questionId?: string) =>
    withQuery(`/articles/${at(articleId)}`, { highlight: questionId }, quote ? `${passageKey}:~:text=${encodeTextDirective(quote)}` : passageKey),
} as const;
