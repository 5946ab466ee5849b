// `npm test`: every suite in turn (typecheck, lint, content, unit + integration, browser), then one
// closing line `N passed, N failed` that sums them all. Exits non-zero when anything failed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { bin } from "../lib/startup/run";
import { startPostgres, type PostgresServer } from "../tests/support/postgres-server";
import { ensureSystemPackages } from "../tests/support/system-packages";

type Outcome = { suite: string; passed: number; failed: number; note?: string };
const RESULTS = "test-results";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: process.env.CI ? "0" : "1" };

function step(title: string, command: string, args: string[], extraEnv: Record<string, string> = {}) {
  console.log(`\n━━ ${title} ━━ ${path.basename(command)} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

/** A check with no test count of its own (typecheck, lint) counts as one test; its commands run in turn. */
function check(suite: string, commands: [string, string[]][]): Outcome {
  let seconds = 0;
  for (const [command, args] of commands) {
    const result = step(suite, command, args);
    seconds += Number(result.seconds);
    if (!result.ok) return { suite, passed: 0, failed: 1, note: `${seconds.toFixed(1)}s` };
  }
  return { suite, passed: 1, failed: 0, note: `${seconds.toFixed(1)}s` };
}

/** The PostgreSQL server the integration suite also runs on: FOOTNOTE_TEST_POSTGRES_URL, or a throwaway one. */
async function postgres(): Promise<{ url: string; server?: PostgresServer } | { error: string }> {
  const given = process.env.FOOTNOTE_TEST_POSTGRES_URL;
  if (given) return { url: given };
  try {
    const server = await startPostgres();
    console.log(`\n━━ postgresql ━━ a throwaway server at ${server.url}`);
    return { url: server.url, server };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Unit tests, and the integration suite on SQLite and (given a server) on PostgreSQL, in one Vitest run. */
function vitest(postgresUrl: string | null): Outcome {
  const suite = postgresUrl ? "unit + integration (SQLite, PostgreSQL)" : "unit + integration (SQLite)";
  const file = path.join(RESULTS, "vitest.json");
  fs.rmSync(file, { force: true });
  const { ok, seconds } = step(
    suite,
    bin("vitest"),
    ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`],
    postgresUrl ? { FOOTNOTE_TEST_POSTGRES_URL: postgresUrl } : {},
  );
  const report = readJson<{ numPassedTests: number; numFailedTests: number }>(file);
  if (!report) return { suite, passed: 0, failed: 1, note: "no report: the run itself failed" };
  const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
  return { suite, passed: report.numPassedTests, failed, note: `${seconds}s` };
}

function playwright(): Outcome {
  const file = path.join(RESULTS, "playwright.json");
  fs.rmSync(file, { force: true });
  const { ok, seconds } = step("browser", bin("playwright"), ["test", "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: file,
  });
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(file);
  if (!report) return { suite: "browser", passed: 0, failed: 1, note: "no report: the run itself failed" };
  const { expected, unexpected, flaky, skipped } = report.stats;
  // A skipped browser test hides a failure here: count it as failed.
  const failed = unexpected + flaky + skipped + (ok || unexpected > 0 ? 0 : 1);
  return { suite: "browser", passed: expected, failed, note: `${seconds}s` };
}

async function main() {
  fs.mkdirSync(RESULTS, { recursive: true });
  const outcomes: Outcome[] = [];
  // Chromium and PostgreSQL come from Debian, not npm: installed here when missing and allowed, so a new
  // machine needs nothing but the README's commands.
  const missing = ensureSystemPackages();
  if (missing) {
    console.error(`\n${missing}`);
    outcomes.push({ suite: "prerequisites", passed: 0, failed: 1, note: "see above" });
  }
  outcomes.push(
    check("typecheck", [
      [bin("next"), ["typegen"]],
      [bin("tsc"), ["--noEmit"]],
    ]),
  );
  outcomes.push(
    check("lint", [
      [bin("eslint"), ["--max-warnings", "0", "."]],
      [bin("prettier"), ["--check", "--log-level", "warn", "."]],
    ]),
  );
  outcomes.push(check("content", [[bin("tsx"), ["scripts/content-check.ts"]]]));
  const pg = await postgres();
  try {
    if ("error" in pg) outcomes.push({ suite: "postgresql", passed: 0, failed: 1, note: pg.error });
    outcomes.push(vitest("url" in pg ? pg.url : null));
  } finally {
    if ("server" in pg) pg.server?.stop();
  }
  outcomes.push(playwright());

  console.log("\n━━ summary ━━");
  for (const o of outcomes) {
    console.log(
      `${o.suite.padEnd(40)} ${String(o.passed).padStart(4)} passed ${String(o.failed).padStart(3)} failed  ${o.note ?? ""}`,
    );
  }
  const passed = outcomes.reduce((sum, o) => sum + o.passed, 0);
  const failed = outcomes.reduce((sum, o) => sum + o.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

void main();
