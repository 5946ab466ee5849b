// `npm start` in production: WEB_CONCURRENCY processes of `next start` (one per core by default), all
// accepting on the same port through Node's cluster module, as PM2's cluster mode runs Next. One Node
// process uses one core; this machine kind has two, and the answers budget needs both (see the README's
// Performance section). Nothing in the app lives only in one process's memory but caches: rate limits,
// sessions and study state are in the database.
import cluster, { type Worker } from "node:cluster";
import path from "node:path";

type Options = { port: number; workers: number; env: NodeJS.ProcessEnv };

export function startWorkers({ port, workers, env }: Options): void {
  cluster.setupPrimary({
    exec: path.resolve("node_modules/next/dist/bin/next"),
    args: ["start", "--port", String(port)],
    // Not the primary's own flags (tsx's loader): workers run Next's compiled server as `next start` does.
    // The benchmark's --profile asks for a V8 CPU profile of each worker (Node refuses it in NODE_OPTIONS).
    execArgv: env.FOOTNOTE_CPU_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${env.FOOTNOTE_CPU_PROFILE_DIR}`] : [],
  });
  const running = new Set<Worker>();
  // A process that exits before it ever listened had a broken start (a port in use, a bad build): stop.
  // One that exits after is a crash: the others go on answering while a new one starts.
  const listening = new WeakSet<Worker>();
  let stopping = false;
  let exitCode = 0;
  const fork = () => running.add(cluster.fork(env));

  cluster.on("listening", (worker) => listening.add(worker));
  cluster.on("exit", (worker, code, signal) => {
    running.delete(worker);
    const how = signal ?? `code ${code}`;
    if (stopping) {
      if (running.size === 0) process.exit(exitCode);
    } else if (!listening.has(worker)) {
      console.error(`footnote: a server process exited while starting (${how}); stopping`);
      stop("SIGTERM", code || 1);
    } else {
      console.error(`footnote: a server process died (${how}); starting another`);
      fork();
    }
  });

  function stop(signal: NodeJS.Signals, code = 0) {
    stopping = true;
    exitCode ||= code;
    if (running.size === 0) process.exit(exitCode);
    for (const worker of running) worker.process.kill(signal);
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop(signal));

  for (let i = 0; i < workers; i++) fork();
}
