import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildIsCurrent, sourceStamp, writeBuildStamp } from "./build-stamp";

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-stamp-"));
  fs.mkdirSync(path.join(root, "app"));
  fs.mkdirSync(path.join(root, ".next"));
  fs.writeFileSync(path.join(root, "app", "page.tsx"), "export default function Page() {}");
  fs.writeFileSync(path.join(root, ".next", "BUILD_ID"), "x");
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("build stamp", () => {
  it("is stale until a stamp is written, then current", () => {
    expect(buildIsCurrent(root)).toBe(false);
    writeBuildStamp(sourceStamp(root), root);
    expect(buildIsCurrent(root)).toBe(true);
  });

  it("goes stale when a source file changes or is added", () => {
    writeBuildStamp(sourceStamp(root), root);
    fs.writeFileSync(path.join(root, "app", "page.tsx"), "export default function Page() { return null }");
    expect(buildIsCurrent(root)).toBe(false);
    writeBuildStamp(sourceStamp(root), root);
    fs.mkdirSync(path.join(root, "components"));
    fs.writeFileSync(path.join(root, "components", "x.tsx"), "");
    expect(buildIsCurrent(root)).toBe(false);
  });

  it("ignores generated code and counts a missing build as stale", () => {
    writeBuildStamp(sourceStamp(root), root);
    fs.mkdirSync(path.join(root, "lib", "generated"), { recursive: true });
    fs.writeFileSync(path.join(root, "lib", "generated", "client.ts"), "");
    expect(buildIsCurrent(root)).toBe(true);
    fs.rmSync(path.join(root, ".next", "BUILD_ID"));
    expect(buildIsCurrent(root)).toBe(false);
  });
});
