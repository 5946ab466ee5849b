// Load scenarios: throughput at saturation through autocannon (rate null), and latency at a fixed rate
// through an open-loop pacer (below), since autocannon's own rate option sends in bursts.
import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import autocannon from "autocannon";

export type Scenario = {
  name: string;
  connections: number;
  /** Requests per second across all connections; null drives the server as fast as it answers. */
  rate: number | null;
  /**
   * Called for each request (warm-up included): its method, path, headers and body, and `then`, a request sent once
   * it is answered, as a page's script sends one after it loads (fixed-rate runs only: the latency is then the
   * pair's, from the first's due time to the end of the second, and either failing counts as an error).
   */
  request: () => Request & { then?: Request };
};

type Request = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string };

export type ScenarioResult = {
  name: string;
  connections: number;
  rate: number | null;
  rps: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
};

const withoutThen = ({ then: _then, ...request }: ReturnType<Scenario["request"]>): Request => request;

function fire(baseUrl: string, scenario: Scenario, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: baseUrl,
    connections: scenario.connections,
    duration: seconds,
    // A follow-up request (`then`) is for fixed-rate runs only.
    requests: [{ setupRequest: (request) => ({ ...request, ...withoutThen(scenario.request()) }) }],
  });
}

/** The p-th percentile of sorted values (0 when there are none). */
export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;

/**
 * A fixed request rate, open loop: request i is due at start + i / rate and is sent then, whether or not
 * earlier ones have been answered, over at most `connections` keep-alive sockets. Its latency counts from
 * when it was due, so a server that falls behind is charged for the wait (no coordinated omission).
 * autocannon's `overallRate` is not used: each of its connections sends its whole quota for a second
 * the moment the second starts (lib/httpClient.js resets `reqsMadeThisSecond` on a 1 s interval), so
 * 200/s over 64 connections arrives as a burst of 200 requests each second, which measures a queue 200
 * deep rather than the latency at 200/s.
 */
async function paced(baseUrl: string, scenario: Scenario & { rate: number }, seconds: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: scenario.connections });
  const total = Math.round(scenario.rate * seconds);
  const latencies: number[] = [];
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  /** Sends `request`; resolves with whether it was answered below 400. */
  const exchange = ({ method, path, headers, body }: Request) =>
    new Promise<boolean>((done) => {
      const request = http.request(`${baseUrl}${path}`, { method, headers, agent, timeout: 10_000 }, (response) => {
        response.resume();
        response.on("end", () => done((response.statusCode ?? 500) < 400));
      });
      request.on("timeout", () => request.destroy(new Error("timeout")));
      request.on("error", () => done(false));
      request.end(body);
    });
  const send = async (due: number) => {
    const { then, ...first } = scenario.request();
    const answered = (await exchange(first)) && (!then || (await exchange(then)));
    if (answered) latencies.push(performance.now() - due);
    else errors++;
  };
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / scenario.rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    inFlight.push(send(due));
  }
  await Promise.all(inFlight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    rps: Math.round((latencies.length / (performance.now() - start)) * 1000),
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
    errors,
  };
}

/** A short unrecorded warm-up (the JIT, the caches), then the measured run. */
export async function runScenario(
  baseUrl: string,
  scenario: Scenario,
  seconds: number,
  warmup: number,
): Promise<ScenarioResult> {
  const { rate } = scenario;
  if (rate !== null) {
    if (warmup > 0) await paced(baseUrl, { ...scenario, rate }, warmup);
    const result = await paced(baseUrl, { ...scenario, rate }, seconds);
    return {
      name: scenario.name,
      connections: scenario.connections,
      rate,
      rps: result.rps,
      p50_ms: result.p50,
      p99_ms: result.p99,
      errors: result.errors,
    };
  }
  if (warmup > 0) await fire(baseUrl, scenario, warmup);
  const result = await fire(baseUrl, scenario, seconds);
  return {
    name: scenario.name,
    connections: scenario.connections,
    rate: scenario.rate,
    rps: Math.round(result.requests.total / seconds),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
