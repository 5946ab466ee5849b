// Runs a command to completion, its output shown as it comes; rejects when it fails.
import { spawn } from "node:child_process";
import path from "node:path";

export function bin(name: string): string {
  return path.join(process.cwd(), "node_modules", ".bin", name);
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`));
    });
  });
}
