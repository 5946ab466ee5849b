// Administering the PostgreSQL server the integration suite runs on: other databases' URLs, and
// statements (CREATE/DROP DATABASE) run on a connection of their own.
import pg from "pg";

/** The URL of another database on the same PostgreSQL server. */
export function databaseNamed(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(serverUrl: string, ...statements: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (const sql of statements) await admin.query(sql);
  } finally {
    await admin.end();
  }
}
