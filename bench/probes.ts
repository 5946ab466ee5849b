// Measurements beside the load: a page's first-load JavaScript, a response's size, and the due-items query on its own.
import { gzipSync } from "node:zlib";
import { databaseProvider } from "../lib/db/database-url";
import { numberedPlaceholders, openDirectSql } from "../lib/db/direct/driver";
import { createPrismaClient } from "../lib/db/prisma-client";
import { queueFacts } from "../lib/db/direct/queue-facts";
import { percentile } from "./load";

/**
 * The JavaScript a browser fetches to show a page: every `<script src>` in its HTML except `nomodule`
 * ones (modern browsers skip those), each gzipped as a server would send it.
 */
export async function firstLoadJs(
  baseUrl: string,
  path: string,
  cookie: string,
): Promise<{ kbGz: number; files: { src: string; bytesGz: number }[] }> {
  const response = await fetch(new URL(path, baseUrl), { headers: { cookie } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  const html = await response.text();
  const sources = [...html.matchAll(/<script\b([^>]*)>/gi)]
    .map((m) => m[1])
    .filter((attributes) => !/\bnomodule\b/i.test(attributes))
    .map((attributes) => /\bsrc="([^"]+)"/i.exec(attributes)?.[1])
    .filter((src): src is string => Boolean(src));
  const files = await Promise.all(
    [...new Set(sources)].map(async (src) => {
      const script = await fetch(new URL(src.replaceAll("&amp;", "&"), baseUrl));
      if (!script.ok) throw new Error(`GET ${src} answered ${script.status}`);
      return { src, bytesGz: gzipSync(Buffer.from(await script.arrayBuffer())).length };
    }),
  );
  return { kbGz: Math.round((files.reduce((sum, f) => sum + f.bytesGz, 0) / 1024) * 10) / 10, files };
}

/** The size of the body GET `path` answers, as sent without compression, in KB (1,024 bytes, to 0.1). */
export async function responseKb(baseUrl: string, path: string, cookie: string): Promise<number> {
  const response = await fetch(new URL(path, baseUrl), { headers: { cookie } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return Math.round(((await response.arrayBuffer()).byteLength / 1024) * 10) / 10;
}

/**
 * Times the study page's due-items query (lib/db/direct/queue-facts.ts: the due count, the first due card and the
 * rest of what the queue needs, in one statement) for many learners and sets, and asks the database
 * for its plan (the statement as last sent, with its parameters).
 */
export async function dueQuery(
  url: string,
  pairs: { userId: string; setId: string }[],
  runs: number,
): Promise<{ p99Ms: number; p50Ms: number; plan: string; usesIndex: boolean }> {
  const driver = openDirectSql(url);
  const db = createPrismaClient(url);
  let last: { sql: string; params: unknown[] } | null = null;
  const recording = {
    one: <T>(sql: string, ...params: unknown[]) => ((last = { sql, params }), driver.one<T>(sql, ...params)),
  };
  try {
    const now = new Date();
    const facts = (userId: string, setId: string) =>
      queueFacts(
        recording,
        userId,
        setId,
        now,
        new Date(now.getTime() + 20 * 60_000),
        new Date(now.getTime() - 86_400_000),
      );
    for (let i = 0; i < 50; i++) await facts(pairs[i % pairs.length].userId, pairs[i % pairs.length].setId);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { userId, setId } = pairs[(i * 7919) % pairs.length];
      const start = performance.now();
      await facts(userId, setId);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    if (!last) throw new Error("the due query was not run");
    const { sql, params } = last as { sql: string; params: unknown[] };
    const sqlite = databaseProvider(url) === "sqlite";
    const text = sqlite ? sql : numberedPlaceholders(sql);
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
      `${sqlite ? "EXPLAIN QUERY PLAN" : "EXPLAIN"} ${text}`,
      ...params,
    );
    const plan = rows.map((r) => String(sqlite ? r.detail : r["QUERY PLAN"])).join("\n");
    return {
      p99Ms: Math.round(percentile(times, 99) * 1000) / 1000,
      p50Ms: Math.round(percentile(times, 50) * 1000) / 1000,
      plan,
      usesIndex: /Card_userId_setId_due_idx/.test(plan),
    };
  } finally {
    await Promise.all([db.$disconnect(), driver.close()]);
  }
}
