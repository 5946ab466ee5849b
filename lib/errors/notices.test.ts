// The plain forms' field names that a notice may show (FORM_FIELDS) must cover every field those forms post:
// a name missing from the list would silently drop out of "Some fields are missing or invalid: …".
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { FORM_FIELDS } from "./notices";

// Every plain post is declared through definePost; recording what it is given reads each post's schema,
// the private ones too, without changing the modules that declare them.
const declared = vi.hoisted(() => [] as { schema: unknown }[]);
vi.mock("../actions/transports", async (importOriginal) => {
  const original = await importOriginal<typeof import("../actions/transports")>();
  return {
    ...original,
    definePost: (post: Parameters<typeof original.definePost>[0]) => {
      declared.push(post);
      return original.definePost(post);
    },
  };
});

describe("the fields a notice may name", () => {
  it("include every field of the study page's and practice's posts", async () => {
    await import("../study/study-posts");
    await import("../study/practice-posts");
    // The study page's answer, adjust, overrule, undo and start; practice's answer.
    expect(declared.length).toBeGreaterThanOrEqual(6);
    const keys = declared.flatMap(({ schema }) => {
      expect(schema).toBeInstanceOf(z.ZodObject);
      return Object.keys((schema as z.ZodObject).shape);
    });
    expect(keys).toContain("selfGrade");
    expect(keys.filter((key) => !FORM_FIELDS.has(key))).toEqual([]);
  });
});
