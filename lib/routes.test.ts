import { describe, expect, it } from "vitest";
import { routes, withQuery } from "./routes";

describe("routes", () => {
  it("encodes every id and code, so a hostile one stays inside its own path segment", () => {
    expect(routes.set("a/b?c#d")).toBe("/sets/a%2Fb%3Fc%23d");
    expect(routes.studyStep("../x", "answer")).toBe("/sets/..%2Fx/study/answer");
    expect(routes.assignment("c 1", "a&2")).toBe("/classes/c%201/assignments/a%262");
    expect(routes.joinCode("AB/CD")).toBe("/join/AB%2FCD");
  });

  it("builds queries with URLSearchParams and leaves undefined values out", () => {
    expect(routes.signIn({ next: "/join/ABC?x=1" })).toBe("/sign-in?next=%2Fjoin%2FABC%3Fx%3D1");
    expect(routes.study("the-call", { reveal: undefined })).toBe("/sets/the-call/study");
    expect(withQuery("/", { a: 1, b: "two words" })).toBe("/?a=1&b=two+words");
  });

  it("gives the addresses the pages and tests know", () => {
    expect(routes.home()).toBe("/");
    expect(routes.account("time-heading")).toBe("/account#time-heading");
    expect(routes.assignmentDownload("c1", "a1", "students.csv")).toBe("/api/classes/c1/assignments/a1/students.csv");
    expect(routes.signInLink({ token: "t", email: "a+b@c.d", next: "/x?y" })).toBe(
      "/sign-in/link?token=t&email=a%2Bb%40c.d&next=%2Fx%3Fy",
    );
    expect(routes.passage("cnn", "last-call")).toBe("/articles/cnn#last-call");
  });
});
