// `npm start`: prepare whatever is missing, then run the production server.
import { spawn } from "node:child_process";
import { prepare } from "../lib/startup/prepare";
import { bin } from "../lib/startup/run";
import { runMain } from "../lib/startup/run-main";

runMain(async () => {
  const cfg = await prepare({ build: true });
  const server = spawn(bin("next"), ["start", "--port", String(cfg.PORT)], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
});
