// Decides whether the production build in .next/ was made from the sources as they are now, so
// `npm start` rebuilds only when something that goes into the build has changed.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUT_DIRS = ["app", "pages", "components", "lib", "public"];
const INPUT_FILES = [
  "next.config.js",
  "proxy.ts",
  "tsconfig.json",
  "postcss.config.mjs",
  "package-lock.json",
  "prisma/sqlite/schema.prisma",
  "prisma/postgresql/schema.prisma",
];
const SKIP = new Set(["generated", "node_modules"]);
const STAMP = path.join(".next", "footnote-build-stamp");

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** A hash of every file that goes into the build, with its path. */
export function sourceStamp(root = process.cwd()): string {
  const hash = createHash("sha256");
  const files = [
    ...INPUT_DIRS.flatMap((dir) => listFiles(path.join(root, dir))),
    ...INPUT_FILES.map((f) => path.join(root, f)),
  ]
    .filter((file) => fs.existsSync(file))
    .sort();
  for (const file of files) {
    hash.update(path.relative(root, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

export function buildIsCurrent(root = process.cwd()): boolean {
  const stampFile = path.join(root, STAMP);
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")) || !fs.existsSync(stampFile)) return false;
  return fs.readFileSync(stampFile, "utf8") === sourceStamp(root);
}

export function writeBuildStamp(stamp: string, root = process.cwd()): void {
  fs.writeFileSync(path.join(root, STAMP), stamp);
}
