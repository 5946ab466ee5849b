// Serves the app on the configured port with next-auth's URL set: `next dev`, or for production
// WEB_CONCURRENCY processes of `next start` (lib/startup/workers.ts). Ctrl-C and termination reach them.
import { spawn } from "node:child_process";
import type { Config } from "../config";
import { bin } from "./run";
import { startWorkers } from "./workers";

export function serve(mode: "start" | "dev", cfg: Config): void {
  const env = {
    ...process.env,
    NEXTAUTH_URL: cfg.appUrl,
    ...(mode === "start" && { NODE_ENV: "production" as const }),
  };
  if (mode === "start") {
    console.log(
      `footnote: serving on port ${cfg.PORT} with ${cfg.WEB_CONCURRENCY} server process${cfg.WEB_CONCURRENCY === 1 ? "" : "es"}`,
    );
    startWorkers({ port: cfg.PORT, workers: cfg.WEB_CONCURRENCY, env });
    return;
  }
  const server = spawn(bin("next"), [mode, "--port", String(cfg.PORT)], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
