import { describe, expect, it } from "vitest";
import { metadata, requireText } from "./read-result";

describe("metadata", () => {
  it("trims text, drops what is blank or not text, and shortens ISO dates to the day", () => {
    expect(metadata("  Jane   Doe \n")).toBe("Jane Doe");
    expect(metadata("   ")).toBeUndefined();
    expect(metadata(42)).toBeUndefined();
    expect(metadata("2024-04-02T10:00:00Z", "date")).toBe("2024-04-02");
    expect(metadata("April 2, 2024", "date")).toBe("April 2, 2024");
    expect(metadata(new Date("2024-04-02T23:30:00Z"), "date")).toBe("2024-04-02");
    expect(metadata(new Date("nonsense"), "date")).toBeUndefined();
  });
});

describe("requireText", () => {
  it("passes text with words and refuses text without", () => {
    expect(requireText("Été 2024")).toBe("Été 2024");
    expect(() => requireText(" \n — … ")).toThrow("The file holds no text to read.");
  });
});
