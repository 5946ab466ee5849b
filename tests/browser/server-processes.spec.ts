// `npm start` runs WEB_CONCURRENCY processes of `next start` on one port (lib/startup/workers.ts). Here:
// one killed mid-traffic is replaced while the other goes on answering (only a request the killed one
// was answering can fail), and stopping the server stops them all.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { BROWSER_TEST_PORT } from "./ports";

test.setTimeout(120_000);

const PORT = BROWSER_TEST_PORT + 3;
const ORIGIN = `http://localhost:${PORT}`;

const tsx = (script: string, env: Record<string, string>) =>
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", `scripts/${script}`], {
    env: { ...process.env, ...env },
    stdio: "pipe",
  });

/** The server's processes of `next start`: descendants of the process started (tsx runs the script in a child). */
function serverProcesses(primary: ChildProcess): number[] {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid=,args="], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim().split(/\s+/));
  const family = new Set([primary.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of rows)
      if (family.has(Number(ppid)) && !family.has(Number(pid))) grew = Boolean(family.add(Number(pid)));
  }
  return rows
    .filter(([pid, , ...args]) => family.has(Number(pid)) && /next-server|next\/dist\/bin\/next/.test(args.join(" ")))
    .map(([pid]) => Number(pid));
}

async function healthy(): Promise<boolean> {
  try {
    return (await fetch(`${ORIGIN}/api/health`)).ok;
  } catch {
    return false;
  }
}

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 60_000) {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100)))
    if (await check()) return;
  throw new Error(`timed out waiting for ${what}`);
}

test("the server's processes share its port; one that dies is replaced while the other answers; stopping stops all", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-workers-"));
  const env = {
    DATABASE_URL: `file:${path.join(dir, "workers.db")}`,
    NEXTAUTH_SECRET: "server-processes-test-secret-long",
    NEXTAUTH_URL: ORIGIN,
    PORT: String(PORT),
    WEB_CONCURRENCY: "2",
  };
  tsx("migrate.ts", env);
  tsx("content-sync.ts", env);
  let log = "";
  const primary = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/serve.ts"], {
    env: { ...process.env, ...env },
    detached: true,
  });
  primary.stdout!.on("data", (chunk) => (log += chunk));
  primary.stderr!.on("data", (chunk) => (log += chunk));
  const exited = new Promise<number | null>((resolve) => primary.once("exit", (code) => resolve(code)));
  try {
    await until("the server to answer", healthy).catch((error) => {
      throw new Error(`${error.message}; its output:\n${log}`);
    });
    await until("two server processes", () => serverProcesses(primary).length === 2);
    expect(log).toContain("with 2 server processes");
    const [victim, survivor] = serverProcesses(primary);

    // Pages keep coming, each on a new connection (the primary hands connections round-robin), while
    // one process is killed.
    let stopLoad = false;
    let answered = 0;
    const failures: { at: number; why: string }[] = [];
    const load = (async () => {
      while (!stopLoad) {
        const at = Date.now();
        const response = await fetch(`${ORIGIN}/sets/the-call/study`, {
          headers: { connection: "close" },
          signal: AbortSignal.timeout(5_000),
        }).catch((error: Error) => error);
        if (response instanceof Error || !response.ok)
          failures.push({ at, why: response instanceof Error ? response.message : String(response.status) });
        else answered++;
      }
    })();
    await until("some pages", () => answered > 20);
    process.kill(victim, "SIGKILL");
    const killedAt = Date.now();
    await until("a replacement", () => {
      const now = serverProcesses(primary);
      return now.length === 2 && !now.includes(victim) && now.includes(survivor);
    });
    const before = answered;
    await until("more pages", () => answered > before + 20);
    stopLoad = true;
    await load;
    console.log(
      `server processes: ${answered} pages answered, ${failures.length} failed around the kill (${failures.map((f) => f.why).join(", ")})`,
    );
    // Only requests the killed process held (sent just before it died) may have failed; every later one was answered.
    expect(failures.filter((f) => f.at > killedAt + 1_000)).toEqual([]);
    expect(failures.length).toBeLessThanOrEqual(2);
    expect(log).toMatch(/a server process died \(SIGKILL\); starting another/);

    const processes = serverProcesses(primary);
    process.kill(primary.pid!, "SIGTERM");
    expect(await exited).toBe(0);
    for (const pid of processes) expect(() => process.kill(pid, 0)).toThrow();
  } finally {
    if (primary.exitCode === null) process.kill(-primary.pid!, "SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
