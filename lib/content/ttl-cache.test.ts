import { describe, expect, it, vi } from "vitest";
import { ttlCache } from "./ttl-cache";

describe("ttlCache", () => {
  it("loads a key once within its lifetime, again after it, and shares a load in flight", async () => {
    vi.useFakeTimers();
    let loads = 0;
    const get = ttlCache(1_000, async (key: string) => `${key}:${++loads}`);
    const [a, b] = await Promise.all([get("x"), get("x")]);
    expect([a, b]).toEqual(["x:1", "x:1"]);
    vi.advanceTimersByTime(999);
    expect(await get("x")).toBe("x:1");
    expect(await get("y")).toBe("y:2");
    vi.advanceTimersByTime(1);
    expect(await get("x")).toBe("x:3");
    vi.useRealTimers();
  });

  it("does not remember a failed load", async () => {
    let calls = 0;
    const get = ttlCache(60_000, async () => {
      if (++calls === 1) throw new Error("database down");
      return "ok";
    });
    await expect(get("k")).rejects.toThrow("database down");
    expect(await get("k")).toBe("ok");
  });

  it("never holds more than its limit of entries", async () => {
    let loads = 0;
    const get = ttlCache(60_000, async (key: number) => (loads++, key), 2);
    await get(1); await get(2); await get(3);
    await get(3);
    expect(loads).toBe(3);
    await get(1);
    expect(loads).toBe(4);
  });
});
