import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseConfig } from "../config";
import { authProviders, oauthProviders } from "./providers";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-providers-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const cfg = (env: Record<string, string>) => parseConfig({ FOOTNOTE_DATA_DIR: dir, ...env });

describe("sign-in providers", () => {
  it("offer email links alone when no OAuth provider is configured", () => {
    expect(authProviders(cfg({})).map((p) => p.id)).toEqual(["email"]);
    expect(oauthProviders(cfg({}))).toEqual([]);
  });

  it("add Google, Microsoft and GitHub each when both of its variables are set", () => {
    const all = cfg({
      GOOGLE_CLIENT_ID: "g",
      GOOGLE_CLIENT_SECRET: "gs",
      AZURE_AD_CLIENT_ID: "a",
      AZURE_AD_CLIENT_SECRET: "as",
      GITHUB_ID: "h",
      GITHUB_SECRET: "hs",
    });
    expect(oauthProviders(all)).toEqual([
      { id: "google", name: "Google" },
      { id: "azure-ad", name: "Microsoft" },
      { id: "github", name: "GitHub" },
    ]);
    expect(oauthProviders(cfg({ GITHUB_ID: "h" }))).toEqual([]);
  });
});
