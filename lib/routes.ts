// Every address of the site, built in one place: ids and codes are always encoded, a query is built with
// URLSearchParams, and renaming a page means changing one line here. Plain functions with no server
// imports, so pages, components, server actions, route handlers and the Pages Router study page share them.

/** Query parameters; undefined values are left out. */
export type Query = Record<string, string | number | undefined>;

const at = encodeURIComponent;

/** `path` with `query` appended (`?a=1&b=2`), or `path` alone when nothing is left after dropping undefined values. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export const routes = {
  home: (query?: Query) => withQuery("/", query),
  progress: () => "/progress",
  account: (hash?: string) => (hash ? `/account#${hash}` : "/account"),

  /** `next`: where to return after signing in; made safe by the sign-in page (lib/http/return-path.ts). */
  signIn: (query?: Query) => withQuery("/sign-in", query),
  signUp: (query?: Query) => withQuery("/sign-up", query),
  checkEmail: () => "/sign-in/check-email",
  /** The page an emailed sign-in link opens (GET only looks the token up), and where its button posts. */
  signInLink: (query?: Query) => withQuery("/sign-in/link", query),
  useSignInLink: () => "/sign-in/link/use",

  join: () => "/join",
  joinCode: (code: string) => `/join/${at(code)}`,

  classes: () => "/classes",
  classroom: (classId: string, query?: Query) => withQuery(`/classes/${at(classId)}`, query),
  assignment: (classId: string, assignmentId: string) => `/classes/${at(classId)}/assignments/${at(assignmentId)}`,
  /** A report table as a file: `table` is the route's [table] segment, e.g. "students.csv". */
  assignmentDownload: (classId: string, assignmentId: string, table: string) =>
    `/api/classes/${at(classId)}/assignments/${at(assignmentId)}/${at(table)}`,

  set: (setId: string, query?: Query) => withQuery(`/sets/${at(setId)}`, query),
  /** The study page (pages/sets/[setId]/study.tsx). */
  study: (setId: string, query?: Query) => withQuery(`/sets/${at(setId)}/study`, query),
  /** Where the study page's plain forms post: one route handler, one step per address. */
  studyStep: (setId: string, step: string) => `/sets/${at(setId)}/study/${at(step)}`,
  practice: (setId: string, query?: Query) => withQuery(`/sets/${at(setId)}/practice`, query),
  /** Where the practice page's plain form posts, as the study page's. */
  practiceStep: (setId: string, step: string) => `/sets/${at(setId)}/practice/${at(step)}`,

  article: (articleId: string, query?: Query, hash?: string) => `${withQuery(`/articles/${at(articleId)}`, query)}${hash ? `#${hash}` : ""}`,
} as const;
