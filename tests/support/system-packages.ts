// What `npm test` needs beyond npm: Debian's Chromium (browser tests) and PostgreSQL (the integration suite's
// second run). A new machine of this kind has no Chromium, so `npm test` installs what is missing itself when
// it may (root on Debian, as Playwright's `install --with-deps` does), and otherwise stops with the command to run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** The Chromium binary the browser tests drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(env: Partial<NodeJS.ProcessEnv> = process.env): string {
  return env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/** Whether a PostgreSQL server binary (initdb) is on PATH or under Debian's /usr/lib/postgresql/<version>/bin. */
export function hasPostgres(env: Partial<NodeJS.ProcessEnv> = process.env): boolean {
  if (env.FOOTNOTE_TEST_POSTGRES_URL) return true;
  const onPath = (env.PATH ?? "").split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, "initdb")));
  const root = "/usr/lib/postgresql";
  return (
    onPath ||
    (fs.existsSync(root) && fs.readdirSync(root).some((v) => fs.existsSync(path.join(root, v, "bin", "initdb"))))
  );
}

/** A Debian package a suite needs: its name, whether it is already there, and what else would do instead. */
export type SystemPackage = { name: string; present: () => boolean; neededFor: string; instead: string };

export const TEST_PACKAGES: SystemPackage[] = [
  {
    name: "chromium",
    present: () => fs.existsSync(chromiumPath()),
    neededFor: "the browser tests",
    instead: "set CHROMIUM_PATH to a Chromium binary",
  },
  {
    name: "postgresql",
    present: () => hasPostgres(),
    neededFor: "the integration suite on PostgreSQL",
    instead: "set FOOTNOTE_TEST_POSTGRES_URL to a server you own",
  },
];

export type Machine = { isRoot: boolean; hasAptGet: boolean };

export function thisMachine(): Machine {
  return {
    isRoot: process.getuid?.() === 0,
    hasAptGet: fs.existsSync("/usr/bin/apt-get") && fs.existsSync("/etc/debian_version"),
  };
}

/**
 * What to do about missing packages: nothing, install them with apt-get (root on Debian), or tell the
 * person the exact command (anyone else). `missing` holds package names, in TEST_PACKAGES' order.
 */
export function planInstall(
  missing: SystemPackage[],
  machine: Machine,
): { action: "none" } | { action: "install"; names: string[] } | { action: "explain"; message: string } {
  if (missing.length === 0) return { action: "none" };
  const names = missing.map((p) => p.name);
  if (machine.isRoot && machine.hasAptGet) return { action: "install", names };
  const lines = missing.map((p) => `  ${p.name}: needed for ${p.neededFor} (or ${p.instead})`);
  const command = `${machine.hasAptGet ? "sudo apt-get install -y" : "install Debian's packages:"} ${names.join(" ")}`;
  return {
    action: "explain",
    message: `npm test needs packages npm cannot install, and cannot install them itself (not root on Debian):\n${lines.join("\n")}\nRun: ${command}`,
  };
}

/**
 * Makes sure every package in `packages` is present, installing missing ones with apt-get where allowed.
 * Returns null when all are there afterwards, else a message naming what is missing and the command to run.
 */
export function ensureSystemPackages(
  packages: SystemPackage[] = TEST_PACKAGES,
  machine: Machine = thisMachine(),
): string | null {
  const plan = planInstall(
    packages.filter((p) => !p.present()),
    machine,
  );
  if (plan.action === "none") return null;
  if (plan.action === "explain") return plan.message;
  console.log(
    `\n━━ prerequisites ━━ installing Debian's ${plan.names.join(", ")} (apt-get install -y ${plan.names.join(" ")}); npm cannot install ${plan.names.length > 1 ? "them" : "it"}`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (args: string[]) =>
    spawnSync("apt-get", args, { stdio: ["ignore", "inherit", "inherit"], env }).status === 0;
  if (!apt(["update", "-qq"]) || !apt(["install", "-y", "-qq", ...plan.names])) {
    return `apt-get could not install ${plan.names.join(" ")}; run: apt-get update && apt-get install -y ${plan.names.join(" ")}`;
  }
  const still = packages.filter((p) => !p.present()).map((p) => p.name);
  return still.length ? `apt-get ran, but ${still.join(", ")} is still missing` : null;
}
