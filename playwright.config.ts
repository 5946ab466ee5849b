// Browser tests: real Chromium (Debian's, not a downloaded build) against the production server,
// started the way a newcomer starts it (`npm start`), on its own port and its own database.
import fs from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { BROWSER_TEST_PORT as port, BROWSER_TEST_SMTP_PORT } from "./tests/browser/ports";
import { chromiumPath as findChromium } from "./tests/support/system-packages";

// `npm test` installs Debian's Chromium when it is missing (tests/support/system-packages.ts); a direct
// `playwright test` does not, and says how.
const chromiumPath = findChromium();
if (!fs.existsSync(chromiumPath)) {
  throw new Error(
    `Browser tests need Chromium, and there is none at ${chromiumPath}.\n` +
      `Run npm test (it installs Debian's chromium when run as root), apt-get install -y chromium, or set CHROMIUM_PATH to a Chromium binary.`,
  );
}

const baseURL = `http://localhost:${port}`;
const database = path.join("data", "browser-test.db");

// Only the main process starts the server; workers load this file too and must not touch its data.
if (!process.env.TEST_WORKER_INDEX) {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(database + suffix, { force: true });
}

export default defineConfig({
  testDir: "tests/browser",
  outputDir: "test-results/browser",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
    // The crash test drives its own server, not a screen: once is enough.
    {
      name: "phone",
      testIgnore: /crash-safety|server-processes/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
    },
  ],
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs scripts/start.ts",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // Sign-in emails go to the SMTP server that the magic-link test starts on the next port.
    // TZ: the server's own zone must never show; tests/browser/time-zones.spec.ts gives each person another.
    env: {
      TZ: "UTC",
      PORT: String(port),
      NEXTAUTH_URL: baseURL,
      DATABASE_URL: `file:./${database}`,
      NEXT_TELEMETRY_DISABLED: "1",
      EMAIL_SERVER: `smtp://127.0.0.1:${BROWSER_TEST_SMTP_PORT}`,
      // Articles added from a web address are fetched from a server the test starts on 127.0.0.1.
      FOOTNOTE_ALLOW_PRIVATE_FETCH: "1",
    },
  },
});
