// Two measurements beside the load: a page's first-load JavaScript, and the due-items query on its own.
import { gzipSync } from "node:zlib";
import { databaseProvider } from "../lib/database-url";
import { createPrismaClient } from "../lib/prisma-client";
import { queueFacts } from "../lib/study/due";

/**
 * The JavaScript a browser fetches to show a page: every `<script src>` in its HTML except `nomodule`
 * ones (modern browsers skip those), each gzipped as a server would send it.
 */
export async function firstLoadJs(baseUrl: string, path: string, cookie: string): Promise<{ kbGz: number; files: { src: string; bytesGz: number }[] }> {
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

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Times the study page's due-items query (lib/study/due.ts: the due count, the first due card and the
 * rest of what the queue needs, in one statement) for many learners and sets, and asks the database
 * for its plan (the SQL Prisma sent, captured from its query log).
 */
export async function dueQuery(url: string, pairs: { userId: string; setId: string }[], runs: number): Promise<{ p99Ms: number; p50Ms: number; plan: string; usesIndex: boolean }> {
  const db = createPrismaClient(url, { logQueries: true });
  const sent: { query: string; params: string }[] = [];
  db.$on("query", (e) => sent.push(e));
  try {
    const now = new Date();
    const facts = (userId: string, setId: string) => queueFacts(db, userId, setId, now, new Date(now.getTime() + 20 * 60_000), new Date(now.getTime() - 86_400_000));
    for (let i = 0; i < 50; i++) await facts(pairs[i % pairs.length].userId, pairs[i % pairs.length].setId);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { userId, setId } = pairs[(i * 7919) % pairs.length];
      const start = performance.now();
      await facts(userId, setId);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const last = sent.find((e) => e.query.includes('FROM "Card"'));
    if (!last) throw new Error("the due query was not logged");
    const params = JSON.parse(last.params) as unknown[];
    const sqlite = databaseProvider(url) === "sqlite";
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`${sqlite ? "EXPLAIN QUERY PLAN" : "EXPLAIN"} ${last.query}`, ...params);
    const plan = rows.map((r) => String(sqlite ? r.detail : r["QUERY PLAN"])).join("\n");
    return {
      p99Ms: Math.round(percentile(times, 99) * 1000) / 1000,
      p50Ms: Math.round(percentile(times, 50) * 1000) / 1000,
      plan,
      usesIndex: /Card_userId_setId_due_idx/.test(plan),
    };
  } finally {
    await db.$disconnect();
  }
}
