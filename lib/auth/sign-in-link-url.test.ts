import { describe, expect, it } from "vitest";
import { signInLinkPath, signInLinkUrl } from "./sign-in-link-url";

describe("signInLinkUrl", () => {
  it("turns next-auth's callback link into our confirmation page's, with the same token and address", () => {
    const mailed = signInLinkUrl(
      "http://localhost:3000/api/auth/callback/email?callbackUrl=http%3A%2F%2Flocalhost%3A3000%2Fsets%2Fthe-call%3Fa%3D1&token=abc123&email=ada%40example.org",
    );
    const url = new URL(mailed);
    expect(url.origin + url.pathname).toBe("http://localhost:3000/sign-in/link");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      token: "abc123",
      email: "ada@example.org",
      next: "/sets/the-call?a=1",
    });
  });

  it.each(["https://evil.com/", "/\\evil.com", "//evil.com", "/.//evil.com", "javascript:alert(1)"])(
    "keeps a hostile callbackUrl %j off the link",
    (callbackUrl) => {
      const mailed = signInLinkUrl(
        `http://localhost:3000/api/auth/callback/email?${new URLSearchParams({ callbackUrl, token: "t", email: "a@b.c" })}`,
      );
      expect(new URL(mailed).searchParams.get("next")).toBe("/");
    },
  );

  it("builds the page's own address from a link's parts", () => {
    expect(signInLinkPath({ token: "t", email: "a+b@c.d", next: "/x?y" })).toBe(
      "/sign-in/link?token=t&email=a%2Bb%40c.d&next=%2Fx%3Fy",
    );
  });
});
