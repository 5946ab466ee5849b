// The app's configuration: every environment variable is read and checked here, once.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { z } from "zod";
import { canonicalZone, UTC } from "./calendar/zones";
import { databaseUrl } from "./db/database-url";

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), "must start with file: or postgresql://"),
  NEXTAUTH_SECRET: optionalText.pipe(z.string().min(16, "must be at least 16 characters").optional()),
  NEXTAUTH_URL: optionalText.pipe(z.url("must be a URL such as http://localhost:3000").optional()),
  FOOTNOTE_DATA_DIR: z.string().default("data"),
  /** How many server processes `npm start` runs side by side (lib/startup/workers.ts); by default one per core, at most 4. */
  WEB_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1, "must be 1 or more")
    .max(64)
    .default(Math.min(availableParallelism(), 4)),
  /** Set to 1 to let article imports fetch private, loopback and link-local addresses (tests, a school's intranet). */
  FOOTNOTE_ALLOW_PRIVATE_FETCH: z
    .enum(["0", "1", "true", "false"], { message: "must be 1 or 0" })
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  /** Set to 1 behind a reverse proxy that sets X-Forwarded-For; only then are per-address limits applied. */
  TRUST_PROXY: z
    .enum(["0", "1", "true", "false"], { message: "must be 1 or 0" })
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  /** SMTP for sign-in links, e.g. smtp://user:pass@smtp.example.com:587; without it links go to the log. */
  EMAIL_SERVER: optionalText.pipe(
    z
      .string()
      .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
      .optional(),
  ),
  EMAIL_FROM: z.string().trim().default("Footnote <no-reply@footnote.local>"),
  GOOGLE_CLIENT_ID: optionalText,
  GOOGLE_CLIENT_SECRET: optionalText,
  AZURE_AD_CLIENT_ID: optionalText,
  AZURE_AD_CLIENT_SECRET: optionalText,
  AZURE_AD_TENANT_ID: optionalText,
  GITHUB_ID: optionalText,
  GITHUB_SECRET: optionalText,
  /** The IANA time zone of people whose browser has not told us theirs (no JavaScript) until they choose one. */
  DEFAULT_TIME_ZONE: optionalText.transform((zone, ctx) => {
    if (zone === undefined) return UTC;
    const canonical = canonicalZone(zone);
    if (!canonical) ctx.addIssue({ code: "custom", message: "must be an IANA time zone such as Europe/Berlin or UTC" });
    return canonical ?? UTC;
  }),
});

export type Config = z.infer<typeof schema> & { authSecret: string; appUrl: string };

export class ConfigError extends Error {
  constructor(issues: string[]) {
    super(`Footnote cannot start; fix these environment variables:\n${issues.map((i) => `  - ${i}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses an environment; throws ConfigError naming each missing or malformed variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = schema.safeParse({ ...env, DATABASE_URL: databaseUrl(env) });
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  const parsed = result.data;
  return {
    ...parsed,
    authSecret: parsed.NEXTAUTH_SECRET ?? localAuthSecret(parsed.FOOTNOTE_DATA_DIR),
    // next-auth builds its links and redirects from this; locally it is wherever npm start serves.
    appUrl: parsed.NEXTAUTH_URL ?? `http://localhost:${parsed.PORT}`,
  };
}

// Local use needs no configuration: a secret is made on first start and kept under data/, never committed.
function localAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return fs.readFileSync(file, "utf8").trim();
}

let cached: Config | undefined;

/** The process's configuration, parsed on first use. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
