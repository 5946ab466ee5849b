import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
      "no-restricted-properties": ["error",
        ...["getFullYear", "getMonth", "getDate", "getDay", "getHours", "getMinutes", "getSeconds", "getTimezoneOffset",
          "setFullYear", "setMonth", "setDate", "setHours", "setMinutes", "setSeconds",
          "toLocaleString", "toLocaleDateString", "toLocaleTimeString", "toDateString", "toTimeString"]
          .map((property) => ({ property, message: "Local-time Date methods use the server's zone: use lib/calendar/ (the person's zone)." })),
      ],
      "no-restricted-syntax": ["error",
        { selector: "NewExpression[callee.name='Date'][arguments.length>1]", message: "new Date(y, m, d…) is in the server's zone: use lib/calendar/." },
        { selector: "MemberExpression[object.name='Intl'][property.name='DateTimeFormat']", message: "Format dates with lib/calendar/format.ts, which always names the zone." },
      ],
    },
  },
  globalIgnores([".next/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "tests/artifacts/**"]),
]);
