// A sign-in link goes out through a real SMTP server that the test starts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendMagicLink } from "../../lib/auth/magic-link";
import { linkIn, startInbox, type Inbox } from "../support/smtp-inbox";

let inbox: Inbox;
beforeAll(async () => {
  inbox = await startInbox(2527);
});
afterAll(() => inbox.close());

describe("magic links over SMTP", () => {
  it("are delivered to the address asked for, with the link intact", async () => {
    const url =
      "http://127.0.0.1:3000/api/auth/callback/email?callbackUrl=%2F&token=0123456789abcdef&email=ada%40example.com";
    await sendMagicLink(
      { to: "ada@example.com", url, host: "127.0.0.1:3000" },
      { server: "smtp://127.0.0.1:2527", from: "Footnote <no-reply@footnote.local>" },
    );
    const raw = await inbox.next();
    expect(inbox.messages.at(-1)!.to).toEqual(["ada@example.com"]);
    expect(raw).toMatch(/Subject: Sign in to Footnote/);
    expect(linkIn(raw)).toBe(url);
  });

  it("fails loudly when the SMTP server cannot be reached", async () => {
    await expect(
      sendMagicLink(
        { to: "a@example.com", url: "http://x/y", host: "x" },
        { server: "smtp://127.0.0.1:1", from: "f@example.com" },
      ),
    ).rejects.toThrow();
  });
});
