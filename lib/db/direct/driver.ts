// The hand-written driver: statements run on the database driver itself (better-sqlite3 or pg), for the
// hot paths where Prisma 6's per-call overhead (it compiles every query-builder call, and its interactive
// transactions cost more again) is most of the work. Only the named operations beside this file use it
// (a lint rule in eslint.config.mjs holds every other module to Prisma); the README's Performance section
// has the measurements.
//
// A transaction is written once, as a generator that yields statements and receives their results.
// On SQLite it runs synchronously, BEGIN IMMEDIATE to COMMIT within one turn of the event loop, on a
// connection of its own: nothing else in the process can run between its statements, and it never
// waits for a lock while holding one (a busy database is retried after a pause, without blocking).
// On PostgreSQL it runs on a pooled client between BEGIN and COMMIT.
//
// Values are written as Prisma writes them, so rows look the same whoever wrote them: SQLite dates as
// ISO text ending "+00:00" and booleans as 1/0; PostgreSQL dates as UTC timestamps. SQL is written with
// `?` placeholders and double-quoted identifiers, which both databases accept.
import Database from "better-sqlite3";
import pg from "pg";
import { setTimeout as sleep } from "node:timers/promises";
import { config } from "../../config";
import { databaseProvider, sqliteFilePath } from "../database-url";
import { createPostgresPool } from "../postgres-pool";
import { SQLITE_SYNCHRONOUS } from "../sqlite-synchronous";

export type Statement = { kind: "one" | "run"; sql: string; params: unknown[] };

/** A statement whose first row (or undefined) is the result. */
export const one = (sql: string, ...params: unknown[]): Statement => ({ kind: "one", sql, params });
/** A statement whose result is the number of rows it changed. */
export const run = (sql: string, ...params: unknown[]): Statement => ({ kind: "run", sql, params });

export type Work<T> = () => Generator<Statement, T, unknown>;

export type Driver = {
  transaction<T>(work: Work<T>): Promise<T>;
  one<T>(sql: string, ...params: unknown[]): Promise<T | undefined>;
  /** Every row, outside a transaction. */
  all<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

const BUSY_RETRY_MS = 2;
const BUSY_GIVE_UP_MS = 5_000;

function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

function sqliteDriver(file: string): Driver {
  // busy_timeout 0: a locked database fails at once and is retried below after an asynchronous pause,
  // rather than blocking the event loop that the lock's holder needs in order to finish.
  const database = new Database(file, { timeout: 0 });
  database.pragma(SQLITE_SYNCHRONOUS);
  const prepared = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = prepared.get(sql);
    if (!statement) prepared.set(sql, (statement = database.prepare(sql)));
    return statement;
  };
  const execute = (s: Statement) => {
    const statement = prepare(s.sql);
    const params = s.params.map(sqliteValue);
    return s.kind === "one" ? statement.get(...params) : statement.run(...params).changes;
  };
  const begin = prepare("BEGIN IMMEDIATE");
  const commit = prepare("COMMIT");
  const rollback = prepare("ROLLBACK");
  return {
    async transaction<T>(work: Work<T>): Promise<T> {
      for (const started = Date.now(); ;) {
        try {
          begin.run();
          break;
        } catch (error) {
          if ((error as { code?: string }).code !== "SQLITE_BUSY" || Date.now() - started > BUSY_GIVE_UP_MS)
            throw error;
          await sleep(BUSY_RETRY_MS);
        }
      }
      try {
        const steps = work();
        let step = steps.next();
        while (!step.done) step = steps.next(execute(step.value));
        commit.run();
        return step.value;
      } catch (error) {
        if (database.inTransaction) rollback.run();
        throw error;
      }
    },
    async one<T>(sql: string, ...params: unknown[]) {
      return execute(one(sql, ...params)) as T | undefined;
    },
    async all<T>(sql: string, ...params: unknown[]) {
      return prepare(sql).all(...params.map(sqliteValue)) as T[];
    },
    async close() {
      database.close();
    },
  };
}

/** SQL written with `?` placeholders, as PostgreSQL takes them: $1, $2, … */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const TIMESTAMP_OID = 1114;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A UTC timestamp as PostgreSQL reads one, the form Prisma's pg adapter sends. */
function postgresTimestamp(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(date.getUTCMilliseconds(), 3)}`;
}

// Prisma stores timestamps without a time zone, in UTC: read them as UTC whatever the server's zone.
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === TIMESTAMP_OID
      ? (text: string) => new Date(`${text.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format as never)) as typeof pg.types.getTypeParser,
};

function postgresDriver(url: string): Driver {
  const pool = createPostgresPool(url);
  // An idle client whose connection the server closed (a restart, a dropped database) is dropped from
  // the pool; without a listener pg would throw that error at the process.
  pool.on("error", () => {});
  const numbered = new Map<string, string>();
  const text = (sql: string) => {
    let out = numbered.get(sql);
    if (!out) numbered.set(sql, (out = numberedPlaceholders(sql)));
    return out;
  };
  const query = (client: pg.PoolClient | pg.Pool, sql: string, params: unknown[]) =>
    client.query({ text: text(sql), values: params.map((v) => (v instanceof Date ? postgresTimestamp(v) : v)), types });
  const execute = async (client: pg.PoolClient | pg.Pool, s: Statement) => {
    const result = await query(client, s.sql, s.params);
    return s.kind === "one" ? result.rows[0] : (result.rowCount ?? 0);
  };
  return {
    async transaction<T>(work: Work<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const steps = work();
        let step = steps.next();
        while (!step.done) step = steps.next(await execute(client, step.value));
        await client.query("COMMIT");
        return step.value;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async one<T>(sql: string, ...params: unknown[]) {
      return (await execute(pool, one(sql, ...params))) as T | undefined;
    },
    async all<T>(sql: string, ...params: unknown[]) {
      return (await query(pool, sql, params)).rows as T[];
    },
    close: () => pool.end(),
  };
}

const globalForDriver = globalThis as unknown as { footnoteDirectSql?: { url: string; driver: Driver } };

/** A driver for a database URL of either kind; scripts and tests open their own. */
export function openDirectSql(url: string): Driver {
  return databaseProvider(url) === "sqlite" ? sqliteDriver(sqliteFilePath(url)!) : postgresDriver(url);
}

/** The app's driver, for DATABASE_URL, opened on first use. */
export function directSql(): Driver {
  const url = config().DATABASE_URL;
  const open = globalForDriver.footnoteDirectSql;
  if (open?.url === url) return open.driver;
  const driver = openDirectSql(url);
  globalForDriver.footnoteDirectSql = { url, driver };
  return driver;
}
