import { describe, expect, it } from "vitest";
import { magicLinkText, sendMagicLink } from "./magic-link";

describe("sendMagicLink", () => {
  it("prints the link to the server log when no SMTP server is configured", async () => {
    const lines: string[] = [];
    await sendMagicLink(
      { to: "ada@example.com", url: "http://localhost:3000/api/auth/callback/email?token=abc", host: "localhost:3000" },
      { from: "x@y" },
      (l) => lines.push(l),
    );
    expect(lines).toEqual([
      "footnote: no EMAIL_SERVER set; sign-in link for ada@example.com: http://localhost:3000/api/auth/callback/email?token=abc",
    ]);
  });

  it("writes an email that names the site and the link", () => {
    const text = magicLinkText({ to: "a@b.c", url: "http://h/x", host: "h" });
    expect(text).toContain("Sign in to Footnote (h)");
    expect(text).toContain("http://h/x");
  });
});
