// The database location: DATABASE_URL when given, else the embedded SQLite file under data/.
// Shared by the app, the Prisma CLI config and the start-up scripts, so all three open the same database.
export const DEFAULT_DATABASE_URL = "file:./data/footnote.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseUrl(env: Record<string, string | undefined>): string {
  const given = env.DATABASE_URL?.trim();
  return given ? given : DEFAULT_DATABASE_URL;
}

/** Which of the two supported databases a URL names; anything else is refused with the accepted forms. */
export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL must be a SQLite file (file:./data/footnote.db) or PostgreSQL (postgresql://user:password@host:5432/db), got "${url.split(":")[0]}:…"`,
  );
}

/** The file path of a `file:` SQLite URL, or null for any other kind of database. */
export function sqliteFilePath(url: string): string | null {
  if (!url.startsWith("file:")) return null;
  return url.slice("file:".length).split("?")[0];
}

/** The schema file and migrations folder of a provider: each keeps its own (Prisma fixes the provider per schema). */
export function prismaPaths(provider: DatabaseProvider) {
  return {
    schema: `prisma/${provider}/schema.prisma`,
    migrations: `prisma/${provider}/migrations`,
  };
}
