import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chromiumPath, hasPostgres, planInstall, TEST_PACKAGES, type SystemPackage } from "../support/system-packages";

const missing = (...names: string[]): SystemPackage[] => TEST_PACKAGES.filter((p) => names.includes(p.name));

describe("npm test's system packages", () => {
  it("does nothing when every package is there", () => {
    expect(planInstall([], { isRoot: false, hasAptGet: false })).toEqual({ action: "none" });
  });

  it("installs what is missing with apt-get as root on Debian, as a new machine of this kind is", () => {
    expect(planInstall(missing("chromium"), { isRoot: true, hasAptGet: true })).toEqual({
      action: "install",
      names: ["chromium"],
    });
    expect(planInstall(missing("chromium", "postgresql"), { isRoot: true, hasAptGet: true })).toEqual({
      action: "install",
      names: ["chromium", "postgresql"],
    });
  });

  it("otherwise names the exact command and the alternative, and installs nothing", () => {
    const plan = planInstall(missing("chromium"), { isRoot: false, hasAptGet: true });
    expect(plan.action).toBe("explain");
    const message = plan.action === "explain" ? plan.message : "";
    expect(message).toContain("Run: sudo apt-get install -y chromium");
    expect(message).toContain("CHROMIUM_PATH");
    expect(message).not.toContain("postgresql");
  });

  it("finds Chromium through CHROMIUM_PATH, else Debian's path", () => {
    expect(chromiumPath({ CHROMIUM_PATH: "/opt/chrome/chrome" })).toBe("/opt/chrome/chrome");
    expect(chromiumPath({})).toBe("/usr/bin/chromium");
  });

  it("counts PostgreSQL as present when a server URL is given or initdb is on PATH", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-initdb-"));
    try {
      expect(hasPostgres({ FOOTNOTE_TEST_POSTGRES_URL: "postgresql://x" })).toBe(true);
      fs.writeFileSync(path.join(dir, "initdb"), "");
      expect(hasPostgres({ PATH: dir })).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
