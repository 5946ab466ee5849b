// The two access checks every action rule and class function rely on: a guest is never an account, and a
// student is never a teacher.
import { describe, expect, it } from "vitest";
import { requireAccount, requireTeacher } from "./require";
import type { Viewer } from "./viewer";

const person = (role: Viewer["role"], isGuest = false): Viewer => ({
  id: `${role}-${isGuest}`,
  role,
  isGuest,
  name: null,
  timeZone: "UTC",
  timeZoneChosen: true,
  rolloverHour: 4,
});

describe("requireAccount and requireTeacher", () => {
  it("refuse nobody and guests with sign-in, students with teachers-only, and pass the rest through", () => {
    for (const check of [requireAccount, requireTeacher]) {
      expect(() => check(null)).toThrow(expect.objectContaining({ code: "sign-in" }));
      expect(() => check(person("STUDENT", true))).toThrow(expect.objectContaining({ code: "sign-in" }));
    }
    const student = person("STUDENT");
    const teacher = person("TEACHER");
    expect(requireAccount(student)).toBe(student);
    expect(requireAccount(teacher)).toBe(teacher);
    expect(() => requireTeacher(student)).toThrow(expect.objectContaining({ code: "teachers-only" }));
    expect(requireTeacher(teacher)).toBe(teacher);
  });

  it("carry a given message instead of the code's", () => {
    expect(() => requireAccount(null, "Sign in to change your password.")).toThrow("Sign in to change your password.");
  });
});
