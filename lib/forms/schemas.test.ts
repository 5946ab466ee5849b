// The shared schemas as forms send their fields: present, missing, or odd.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { browserZone, formGrade, grade, idList, returnPathField } from "./schemas";

describe("shared schemas", () => {
  it("a missing optional field is fine: no zone, and the return path falls back to the home page", () => {
    const schema = z.object({ timeZone: browserZone, next: returnPathField });
    expect(schema.parse({})).toEqual({ next: "/" });
    expect(schema.parse({ timeZone: "asia/taipei", next: "/sets/a" })).toEqual({
      timeZone: "Asia/Taipei",
      next: "/sets/a",
    });
    expect(schema.parse({ timeZone: "+08:00", next: "https://evil.example/" })).toEqual({ next: "/" });
  });

  it("ticked checkboxes come as none, one string or many", () => {
    expect(idList.parse(undefined)).toEqual([]);
    expect(idList.parse("the-call")).toEqual(["the-call"]);
    expect(idList.parse(["a", "b"])).toEqual(["a", "b"]);
    expect(idList.safeParse([""]).success).toBe(false);
  });

  it("grades are 1 to 4: numbers from JSON, text from forms", () => {
    expect(grade.parse(3)).toBe(3);
    for (const bad of [0, 5, 2.5, "3"]) expect(grade.safeParse(bad).success).toBe(false);
    expect(formGrade.parse("4")).toBe(4);
    for (const bad of ["", "0", "x", "9"]) expect(formGrade.safeParse(bad).success).toBe(false);
  });
});
