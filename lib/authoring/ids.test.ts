import { describe, expect, it } from "vitest";
import { ID_PATTERN } from "../content/slug";
import { newContentId } from "./ids";

describe("newContentId", () => {
  it("gives 26 lower-case base32 characters that content/ accepts as an id", () => {
    for (let i = 0; i < 200; i++) {
      const id = newContentId();
      expect(id).toMatch(/^[a-z2-7]{26}$/);
      expect(id).toMatch(ID_PATTERN);
    }
  });

  it("never repeats in 10,000 draws", () => {
    const ids = new Set(Array.from({ length: 10_000 }, newContentId));
    expect(ids.size).toBe(10_000);
  });
});
