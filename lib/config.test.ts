import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

const dirs: string[] = [];
function dataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-config-"));
  dirs.push(dir);
  return path.join(dir, "data");
}
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe("parseConfig", () => {
  it("needs no configuration for local use", () => {
    const cfg = parseConfig({ FOOTNOTE_DATA_DIR: dataDir() });
    expect(cfg.PORT).toBe(3000);
    expect(cfg.DATABASE_URL).toBe("file:./data/footnote.db");
    expect(cfg.authSecret.length).toBeGreaterThanOrEqual(32);
  });

  it("takes DEFAULT_TIME_ZONE as an IANA zone, UTC when unset, and stops on one that is not a zone", () => {
    expect(parseConfig({ FOOTNOTE_DATA_DIR: dataDir() }).DEFAULT_TIME_ZONE).toBe("UTC");
    expect(parseConfig({ FOOTNOTE_DATA_DIR: dataDir(), DEFAULT_TIME_ZONE: "asia/taipei" }).DEFAULT_TIME_ZONE).toBe(
      "Asia/Taipei",
    );
    expect(() => parseConfig({ FOOTNOTE_DATA_DIR: dataDir(), DEFAULT_TIME_ZONE: "+08:00" })).toThrow(
      /DEFAULT_TIME_ZONE: must be an IANA time zone/,
    );
    expect(() => parseConfig({ FOOTNOTE_DATA_DIR: dataDir(), DEFAULT_TIME_ZONE: "Mars/Olympus" })).toThrow(ConfigError);
  });

  it("generates the auth secret once and keeps it under the data folder", () => {
    const dir = dataDir();
    const first = parseConfig({ FOOTNOTE_DATA_DIR: dir }).authSecret;
    const second = parseConfig({ FOOTNOTE_DATA_DIR: dir }).authSecret;
    expect(second).toBe(first);
    expect(fs.readFileSync(path.join(dir, "auth-secret"), "utf8")).toBe(first);
    expect(fs.statSync(path.join(dir, "auth-secret")).mode & 0o077).toBe(0);
  });

  it("uses a given secret, port and database", () => {
    const cfg = parseConfig({
      NEXTAUTH_SECRET: "a-secret-of-enough-length",
      PORT: "4100",
      DATABASE_URL: "file:/tmp/elsewhere.db",
      FOOTNOTE_DATA_DIR: dataDir(),
    });
    expect(cfg).toMatchObject({
      authSecret: "a-secret-of-enough-length",
      PORT: 4100,
      DATABASE_URL: "file:/tmp/elsewhere.db",
    });
  });

  it("names each malformed variable", () => {
    const attempt = () =>
      parseConfig({
        PORT: "eighty",
        DATABASE_URL: "mysql://x",
        NEXTAUTH_SECRET: "short",
        FOOTNOTE_DATA_DIR: dataDir(),
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT: .*number/);
    expect(attempt).toThrow(/DATABASE_URL: must start with file: or postgresql:\/\//);
    expect(attempt).toThrow(/NEXTAUTH_SECRET: must be at least 16 characters/);
  });

  it("trusts X-Forwarded-For only when TRUST_PROXY says so", () => {
    expect(parseConfig({ FOOTNOTE_DATA_DIR: dataDir() }).TRUST_PROXY).toBe(false);
    expect(parseConfig({ TRUST_PROXY: "1", FOOTNOTE_DATA_DIR: dataDir() }).TRUST_PROXY).toBe(true);
    expect(() => parseConfig({ TRUST_PROXY: "yes", FOOTNOTE_DATA_DIR: dataDir() })).toThrow(
      /TRUST_PROXY: must be 1 or 0/,
    );
  });

  it("rejects a port out of range and a NEXTAUTH_URL that is not a URL", () => {
    expect(() => parseConfig({ PORT: "70000", FOOTNOTE_DATA_DIR: dataDir() })).toThrow(/PORT/);
    expect(() => parseConfig({ NEXTAUTH_URL: "localhost", FOOTNOTE_DATA_DIR: dataDir() })).toThrow(
      /NEXTAUTH_URL: must be a URL/,
    );
  });
});
