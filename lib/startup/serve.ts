// Runs `next start` or `next dev` on the configured port, with next-auth's URL set, forwarding
// Ctrl-C and termination to it and exiting with it.
import { spawn } from "node:child_process";
import type { Config } from "../config";
import { bin } from "./run";

export function serve(mode: "start" | "dev", cfg: Config): void {
  const env = { ...process.env, NEXTAUTH_URL: cfg.appUrl, ...(mode === "start" && { NODE_ENV: "production" as const }) };
  const server = spawn(bin("next"), [mode, "--port", String(cfg.PORT)], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
