// The database location: DATABASE_URL when given, else the embedded SQLite file under data/.
// Shared by the app, the Prisma CLI config and the start-up scripts, so all three open the same file.
export const DEFAULT_DATABASE_URL = "file:./data/footnote.db";

export function databaseUrl(env: Record<string, string | undefined>): string {
  const given = env.DATABASE_URL?.trim();
  return given ? given : DEFAULT_DATABASE_URL;
}

/** The file path of a `file:` SQLite URL, or null for any other kind of database. */
export function sqliteFilePath(url: string): string | null {
  if (!url.startsWith("file:")) return null;
  return url.slice("file:".length).split("?")[0];
}
