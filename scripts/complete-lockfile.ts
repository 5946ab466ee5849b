// `npm run lockfile:complete`: run after `npm install <package>`; see scripts/lockfile.ts for why.
import fs from "node:fs";
import { completeLockfile, type Lockfile } from "./lockfile";

const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8")) as Lockfile;
const { lock: completed, added } = completeLockfile(lock);
fs.writeFileSync("package-lock.json", `${JSON.stringify(completed, null, 2)}\n`);
console.log(
  added.length ? `recorded ${added.length} platform packages: ${added.join(", ")}` : "package-lock.json is complete",
);
