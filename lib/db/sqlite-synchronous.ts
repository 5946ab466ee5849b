/**
 * WAL with synchronous=NORMAL, SQLite's advice for most applications in WAL mode: a commit is durable
 * across crashes of the app (the crash test kills the server with SIGKILL), and the database is never
 * corrupted, but the last commits before a power cut or an OS crash may be lost. It spares an fsync per
 * commit (the README's Performance section has what that bought). FOOTNOTE_SQLITE_SYNCHRONOUS=full keeps
 * every commit through a power cut too. Every connection of the app sets it: Prisma's (lib/db/client.ts)
 * and the direct driver's (lib/db/direct/driver.ts).
 */
export const SQLITE_SYNCHRONOUS = `synchronous = ${process.env.FOOTNOTE_SQLITE_SYNCHRONOUS === "full" ? "FULL" : "NORMAL"}`;
