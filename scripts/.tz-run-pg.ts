import { spawnSync } from "node:child_process";
import { startPostgres } from "/work/wt-tz/tests/support/postgres-server";
const server = await startPostgres();
try {
  const files = process.argv.slice(2);
  const r = spawnSync("npx", ["vitest", "run", "--project", "integration-postgresql", ...files], { stdio: "inherit", env: { ...process.env, FOOTNOTE_TEST_POSTGRES_URL: server.url } });
  process.exitCode = r.status ?? 1;
} finally {
  server.stop();
}
