import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Tests run as a server in UTC would, unless TZ says otherwise: run them with TZ=Pacific/Auckland too
// to see that nothing depends on the process's own zone (lib/calendar/ works in each person's).
process.env.TZ ??= "UTC";

const integration = {
  globalSetup: ["tests/support/migrated-template.ts"],
  testTimeout: 60_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  resolve: {
    alias: {
      "@/": root,
      // "server-only" throws outside a React Server Components bundle; tests run lib/ code directly.
      "server-only": `${root}tests/support/server-only.ts`,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"] },
      },
      {
        extends: true,
        test: { name: "integration", include: ["tests/integration/**/*.test.ts"], ...integration },
      },
      // The same suite on PostgreSQL, when there is a server to run it on (npm test starts one).
      ...(process.env.FOOTNOTE_TEST_POSTGRES_URL
        ? [
            {
              extends: true as const,
              test: {
                name: "integration-postgresql",
                include: ["tests/integration/**/*.test.ts"],
                // SQLite's own features: the backup API, and migrations authored by script.
                exclude: ["tests/integration/backup.test.ts", "tests/integration/new-migration.test.ts"],
                ...integration,
              },
            },
          ]
        : []),
    ],
  },
});
