import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { completeLockfile, missingOptionalPackages, platformOf, type Lockfile } from "../../scripts/lockfile";

describe("package-lock.json", () => {
  it("records every optional platform package, so npm ci accepts it (else: npm run lockfile:complete)", () => {
    const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8")) as Lockfile;
    expect([...missingOptionalPackages(lock).keys()]).toEqual([]);
  });
});

describe("completeLockfile", () => {
  it("adds each missing optional dependency restricted to the platform its name gives", () => {
    const lock: Lockfile = {
      packages: {
        "": {},
        "node_modules/@next/swc": {
          optionalDependencies: { "@next/swc-darwin-arm64": "16.4.6", "@next/swc-linux-x64-gnu": "16.4.6" },
        },
        "node_modules/@next/swc-linux-x64-gnu": { version: "16.4.6" },
      },
    };
    const { lock: done, added } = completeLockfile(lock);
    expect(added).toEqual(["@next/swc-darwin-arm64"]);
    expect(done.packages["node_modules/@next/swc-darwin-arm64"]).toEqual({
      version: "16.4.6",
      optional: true,
      os: ["darwin"],
      cpu: ["arm64"],
    });
    expect(missingOptionalPackages(done).size).toBe(0);
  });

  it("reads libc for linux builds and arm from eabi names", () => {
    expect(platformOf("@rollup/rollup-linux-arm-musleabihf")).toEqual({ os: ["linux"], cpu: ["arm"], libc: ["musl"] });
    expect(platformOf("@rollup/rollup-linux-x64-gnu")).toEqual({ os: ["linux"], cpu: ["x64"], libc: ["glibc"] });
    expect(platformOf("@tailwindcss/oxide-wasm32-wasi")).toEqual({ cpu: ["wasm32"] });
  });
});
