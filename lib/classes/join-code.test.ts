import { describe, expect, it } from "vitest";
import { formatJoinCode, JOIN_ALPHABET, newJoinCode, normalizeJoinCode } from "./join-code";

describe("join codes", () => {
  it("are six unambiguous characters", () => {
    for (let i = 0; i < 200; i++) {
      const code = newJoinCode();
      expect(code).toMatch(new RegExp(`^[${JOIN_ALPHABET}]{6}$`));
      expect(code).not.toMatch(/[0O1IL5S8B2ZUV]/);
    }
  });
  it("forgive case, spaces and dashes when typed", () => {
    expect(normalizeJoinCode(" kmn-pq3 ")).toBe("KMNPQ3");
    expect(normalizeJoinCode("KMN PQ3")).toBe("KMNPQ3");
  });
  it("reject what cannot be a code", () => {
    expect(normalizeJoinCode("KMNPQ")).toBeNull();
    expect(normalizeJoinCode("KMNPQ0")).toBeNull();
    expect(normalizeJoinCode("")).toBeNull();
  });
  it("display as two halves", () => {
    expect(formatJoinCode("KMNPQ3")).toBe("KMN-PQ3");
  });
});
