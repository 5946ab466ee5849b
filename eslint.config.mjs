import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Local-time Date syntax (see the block that uses it below).
const LOCAL_TIME_SYNTAX = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length>1]",
    message: "new Date(y, m, d…) is in the server's zone: use lib/calendar/.",
  },
  {
    selector: "MemberExpression[object.name='Intl'][property.name='DateTimeFormat']",
    message: "Format dates with lib/calendar/format.ts, which always names the zone.",
  },
];

// The hot path's fence (lib/db/direct/): cards and reviews are written there only, by named operations, so
// every write of a learner's schedule and answers is in one folder, on one set of column lists and one
// transaction mechanism. `db.card.update(…)`, `tx.review.deleteMany(…)` and the like anywhere else fail.
const CARD_REVIEW_WRITES =
  "create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany";
const CARD_REVIEW_WRITE_SYNTAX = [
  {
    selector: `MemberExpression[object.type='MemberExpression'][object.property.name=/^(card|review)$/][property.name=/^(${CARD_REVIEW_WRITES})$/]`,
    message: "Cards and reviews are written only by the named operations in lib/db/direct/: add or use one there.",
  },
];
const DRIVER_IMPORT = {
  group: ["**/direct/driver"],
  message: "Only lib/db/direct/ uses the driver: call a named operation there (or add one).",
};
const DATABASE_PACKAGES = {
  group: ["pg", "better-sqlite3"],
  message:
    "Databases are opened in lib/db/: use the Prisma client (lib/db/client.ts) or a named operation in lib/db/direct/.",
};
// Raw SQL lives in lib/db/: the driver's operations in lib/db/direct/, and the client's own set-up.
const RAW_SQL_SYNTAX = [
  {
    selector: "MemberExpression[property.name=/^\\$(queryRaw|executeRaw)(Unsafe)?$/]",
    message: "Raw SQL is a named operation in lib/db/direct/.",
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { omitted, ...rest } = value` is how we drop a key; the omitted name is not a mistake.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true, argsIgnorePattern: "^_" }],
    },
  },
  {
    // A person's dates and times are in their own zone: local-time Date methods read the server's zone
    // instead, so they are allowed only in lib/calendar/, which works through @date-fns/tz.
    files: ["app/**", "components/**", "lib/**", "pages/**"],
    ignores: ["lib/calendar/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-properties": [
        "error",
        ...[
          "getFullYear",
          "getMonth",
          "getDate",
          "getDay",
          "getHours",
          "getMinutes",
          "getSeconds",
          "getTimezoneOffset",
          "setFullYear",
          "setMonth",
          "setDate",
          "setHours",
          "setMinutes",
          "setSeconds",
          "toLocaleString",
          "toLocaleDateString",
          "toLocaleTimeString",
          "toDateString",
          "toTimeString",
        ].map((property) => ({
          property,
          message: "Local-time Date methods use the server's zone: use lib/calendar/ (the person's zone).",
        })),
      ],
      "no-restricted-syntax": ["error", ...LOCAL_TIME_SYNTAX],
    },
  },
  {
    // The hot path fenced: only the named operations in lib/db/direct/ import the hand-written driver and
    // write Card and Review rows; raw SQL stays in lib/db/. Tests, bench/ and scripts/ are exempt (not listed
    // in `files`): they seed and inspect databases directly, and the driver's own tests and the due-query
    // probe open the driver on purpose.
    files: ["app/**", "components/**", "lib/**", "pages/**"],
    ignores: ["lib/db/direct/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [DRIVER_IMPORT, DATABASE_PACKAGES],
        },
      ],
      // One rule's options replace another block's, so the local-time syntax of the block above is restated
      // (but not for lib/calendar/, which the block above exempts).
      "no-restricted-syntax": ["error", ...LOCAL_TIME_SYNTAX, ...CARD_REVIEW_WRITE_SYNTAX, ...RAW_SQL_SYNTAX],
    },
  },
  {
    // The database packages themselves are opened in lib/db/ and by start-up's migrations and backups.
    files: ["lib/db/*.ts", "lib/startup/**"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [DRIVER_IMPORT] }] },
  },
  {
    files: ["lib/calendar/**"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-syntax": ["error", ...CARD_REVIEW_WRITE_SYNTAX, ...RAW_SQL_SYNTAX] },
  },
  {
    // lib/db/ may run raw SQL itself: the client sets a PRAGMA on Prisma's own SQLite connection (lib/db/client.ts).
    files: ["lib/db/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-syntax": ["error", ...LOCAL_TIME_SYNTAX, ...CARD_REVIEW_WRITE_SYNTAX] },
  },
  {
    // Issue 19, part A1 (Anki exports): an Anki package holds an SQLite file, which the exporter writes in memory
    // with better-sqlite3. That file is a format handed to Anki, not Footnote's database, which the fence guards.
    files: ["lib/interchange/export/anki-collection.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [DRIVER_IMPORT] }] },
  },
  globalIgnores([
    ".next/**",
    "lib/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "tests/artifacts/**",
  ]),
]);
