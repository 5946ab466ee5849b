// A throwaway PostgreSQL server for the test suites: a new cluster in a temporary folder, listening on
// 127.0.0.1 at a free port, fsync off (its data is thrown away), stopped and deleted afterwards.
// Needs Debian's `postgresql` package (initdb, pg_ctl). As root, the server runs as the postgres user.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../lib/startup/free-port";

export type PostgresServer = { url: string; stop: () => void };

function findBinDir(): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const initdb = path.join(dir, "initdb");
    if (fs.existsSync(initdb)) return path.dirname(fs.realpathSync(initdb));
  }
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => path.join(root, v, "bin")).find((dir) => fs.existsSync(path.join(dir, "initdb")));
  return found ?? null;
}

export const POSTGRES_MISSING =
  "PostgreSQL is not installed: the integration suite also runs against PostgreSQL. Install Debian's package " +
  "(apt-get install -y postgresql) or set FOOTNOTE_TEST_POSTGRES_URL to a server you own.";

export async function startPostgres(): Promise<PostgresServer> {
  const bin = findBinDir();
  if (!bin) throw new Error(POSTGRES_MISSING);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-pg-"));
  const asRoot = process.getuid?.() === 0;
  // initdb refuses to run as root: hand the folder to the postgres user and run as it.
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
    fs.chownSync(dir, uid, gid);
  }
  const pg = (tool: string, args: string[]) => {
    const [command, fullArgs] = asRoot
      ? ["runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]]
      : [path.join(bin, tool), args];
    const result = spawnSync(command, fullArgs, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
  };
  const data = path.join(dir, "data");
  const port = await freePort();
  pg("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=300 -F`;
  pg("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "server.log"), "-w", "start"]);
  let stopped = false;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        pg("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
