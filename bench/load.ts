// Load scenarios through autocannon: throughput at saturation (rate null), latency at a fixed rate.
import autocannon from "autocannon";

export type Scenario = {
  name: string;
  connections: number;
  /** Requests per second across all connections; null drives the server as fast as it answers. */
  rate: number | null;
  /** Called for each request (warm-up included): its method, path, headers and body. */
  request: () => { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string };
};

export type ScenarioResult = { name: string; connections: number; rate: number | null; rps: number; p50_ms: number; p99_ms: number; errors: number };

function fire(baseUrl: string, scenario: Scenario, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: baseUrl,
    connections: scenario.connections,
    duration: seconds,
    ...(scenario.rate !== null && { overallRate: scenario.rate }),
    requests: [{ setupRequest: (request) => ({ ...request, ...scenario.request() }) }],
  });
}

/** A short unrecorded warm-up (the JIT, the caches), then the measured run. */
export async function runScenario(baseUrl: string, scenario: Scenario, seconds: number, warmup: number): Promise<ScenarioResult> {
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
