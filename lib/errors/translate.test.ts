// Each transport's translation of an AppError, and the notice codes a URL may carry.
import { describe, expect, it } from "vitest";
import { routes } from "../routes";
import { AppError, ERRORS } from "./app-error";
import { noticeText, NOTICES } from "./notices";
import { toFormState, toJsonResponse, toNoticePath, toPageOutcome, toTextResponse } from "./translate";

describe("form state (useActionState forms)", () => {
  it("puts a domain error under its field, or the whole form's, and keeps the values", () => {
    expect(toFormState(new AppError("set-unavailable", { field: "setIds" }), { due: "2026-12-04" })).toEqual({
      errors: { setIds: ERRORS["set-unavailable"].message },
      values: { due: "2026-12-04" },
    });
    expect(toFormState(new AppError("wrong-credentials"))).toEqual({
      errors: { form: "That email and password do not match an account." },
    });
  });

  it("gives invalid input the first message of each field, nested paths under their top field", () => {
    const error = new AppError("invalid-input", {
      issues: [
        { field: "name", message: "Enter your name." },
        { field: "name", message: "second" },
        { field: "setIds.0", message: "Too small" },
        { field: "", message: "About the whole form" },
      ],
    });
    expect(toFormState(error).errors).toEqual({
      name: "Enter your name.",
      setIds: "Too small",
      form: "About the whole form",
    });
  });
});

describe("a redirect with a notice (plain forms)", () => {
  it("carries the code, never the message, and keeps the page's own query", () => {
    const path = toNoticePath(new AppError("question-gone"), routes.study("the call"));
    expect(path).toBe("/sets/the%20call/study?notice=question-gone");
    expect(path).not.toContain("longer");
    expect(toNoticePath(new AppError("practice-answered"), routes.practice("a", { s: "abc" }))).toBe(
      "/sets/a/practice?s=abc&notice=practice-answered",
    );
  });

  it("a message replaced with a detail still travels as its code only", () => {
    expect(toNoticePath(new AppError("rate-limited", { message: "<b>attacker</b>" }), routes.progress())).toBe(
      "/progress?notice=rate-limited",
    );
  });
});

describe("JSON with a status (the API)", () => {
  it("answers an AppError with its status, message and issues", async () => {
    const response = toJsonResponse(
      new AppError("invalid-input", { issues: [{ field: "setId", message: "Required" }] }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: "Some fields are missing or invalid.",
      issues: [{ field: "setId", message: "Required" }],
    });
    expect(toJsonResponse(new AppError("no-viewer")).status).toBe(401);
    expect(toJsonResponse(new AppError("cannot-overrule")).status).toBe(422);
  });

  it("answers anything else 500 with no detail", async () => {
    const quiet = console.error;
    console.error = () => {};
    try {
      const response = toJsonResponse(new Error("SQLITE_BUSY at /secret/path"));
      expect(response.status).toBe(500);
      expect(JSON.stringify(await response.json())).not.toContain("secret");
    } finally {
      console.error = quiet;
    }
  });
});

describe("a short text refusal (a plain post that could not be read)", () => {
  it("answers with the status and the message as text", async () => {
    const response = toTextResponse(new AppError("form-only"));
    expect(response.status).toBe(415);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await response.text()).toBe(ERRORS["form-only"].message);
  });
});

describe("pages (sign in, or a 404)", () => {
  it("sends to sign-in for a missing person, and answers 404 for what is not theirs", () => {
    expect(toPageOutcome(new AppError("sign-in"))).toBe("sign-in");
    expect(toPageOutcome(new AppError("no-viewer"))).toBe("sign-in");
    expect(toPageOutcome(new AppError("not-found"))).toBe("not-found");
    expect(toPageOutcome(new AppError("teachers-only"))).toBe("not-found");
    expect(toPageOutcome(new AppError("set-unavailable"))).toBeNull();
  });
});

describe("notice codes from a URL", () => {
  it("shows the server's text for a known code", () => {
    expect(noticeText("undone")).toBe(NOTICES.undone);
    expect(noticeText("question-gone")).toBe("That question is no longer in this set.");
  });

  it("shows nothing for any other text, however it is crafted", () => {
    for (const crafted of [
      "Your account is locked. Call 555-0100",
      "<script>alert(1)</script>",
      "constructor",
      "__proto__",
      "toString",
      "hasOwnProperty",
      "",
      " undone",
      "UNDONE",
      undefined,
      ["undone"],
    ]) {
      expect(noticeText(crafted)).toBeNull();
    }
  });
});

describe("invalid input on a plain form", () => {
  it("names the refused fields by their form names only", () => {
    const error = new AppError("invalid-input", {
      issues: [
        { field: "clientId", message: "Too small" },
        { field: "<b>x</b>", message: "?" },
        { field: "clientId", message: "again" },
      ],
    });
    const path = toNoticePath(error, routes.study("a"));
    expect(path).toBe("/sets/a/study?notice=invalid-input&fields=clientId");
    const query = new URL(path, "http://x").searchParams;
    expect(noticeText(query.get("notice"), query.get("fields"))).toBe("Some fields are missing or invalid: clientId.");
    expect(noticeText("invalid-input", "clientId,<script>,Call 555-0100")).toBe(
      "Some fields are missing or invalid: clientId.",
    );
    expect(noticeText("invalid-input", "Call 555-0100")).toBe("Some fields are missing or invalid.");
  });
});
