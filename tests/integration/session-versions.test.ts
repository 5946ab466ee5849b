// Signing out everywhere, on a real migrated database: a session names the user's session version when it
// was made, and a password change or "sign out everywhere" ends every session of an older version at its
// next request, while the session made afterwards (this browser's new cookie) works.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let accounts: typeof import("../../lib/auth/accounts");
let session: typeof import("../../lib/auth/session");
let learner: typeof import("../../lib/auth/viewer");
let options: typeof import("../../lib/auth/options");

beforeAll(async () => {
  t = await useAppDatabase();
  accounts = await import("../../lib/auth/accounts");
  session = await import("../../lib/auth/session");
  learner = await import("../../lib/auth/viewer");
  options = await import("../../lib/auth/options");
});
afterAll(() => t.close());

const cookie = async (user: Parameters<typeof session.sessionToken>[0]) => [
  { name: options.sessionCookieName(), value: await session.sessionToken(user) },
];
const who = async (cookies: { name: string; value: string }[]) =>
  (await learner.viewerFromCookies(cookies))?.id ?? null;

describe("session versions", () => {
  it("a password change ends the account's other sessions; the session made after it works", async () => {
    const user = await accounts.signUp(
      { name: "Ada", email: "versions@example.com", password: "first password", role: "STUDENT" },
      null,
    );
    const laptop = await cookie(user);
    const phone = await cookie(user);
    expect(await who(laptop)).toBe(user.id);
    expect(await who(phone)).toBe(user.id);

    const changed = await accounts.changePassword(user.id, "first password", "second password");
    expect(changed.sessionVersion).toBe(user.sessionVersion + 1);
    // Asked twice: the decoded-cookie cache must not bring an ended session back.
    expect(await who(phone)).toBeNull();
    expect(await who(phone)).toBeNull();
    expect(await who(laptop)).toBeNull();
    const renewed = await cookie(changed);
    expect(await who(renewed)).toBe(user.id);
  });

  it("signing out everywhere ends every session, and a refused password change ends none", async () => {
    const user = await accounts.signUp(
      { name: "Bo", email: "everywhere@example.com", password: "first password", role: "TEACHER" },
      null,
    );
    const a = await cookie(user);
    await expect(accounts.changePassword(user.id, "wrong", "second password")).rejects.toThrow(
      "That is not your current password.",
    );
    expect(await who(a)).toBe(user.id);
    await accounts.endAllSessions(user.id);
    expect(await who(a)).toBeNull();
    const now = await t.db.user.findUniqueOrThrow({ where: { id: user.id }, select: session.SESSION_USER });
    expect(await who(await cookie(session.sessionUserFromRow(now)))).toBe(user.id);
    expect(await who(a)).toBeNull();
  });

  it("sessions made before session versions existed (no version in the token) belong to version 0", async () => {
    const { encode } = await import("next-auth/jwt");
    const { config } = await import("../../lib/config");
    const user = await accounts.signUp(
      { name: "Old", email: "old-cookie@example.com", password: "first password", role: "STUDENT" },
      null,
    );
    const old = [
      {
        name: options.sessionCookieName(),
        value: await encode({ token: { sub: user.id }, secret: config().authSecret }),
      },
    ];
    expect(await who(old)).toBe(user.id);
    await accounts.endAllSessions(user.id);
    expect(await who(old)).toBeNull();
  });

  it("next-auth's sessions (email links, OAuth) carry the version of the user they were made for", async () => {
    const jwt = options.authOptions.callbacks!.jwt!;
    const token = await jwt({ token: { sub: "u" }, user: { id: "u", sessionVersion: 3 } as never, account: null });
    expect(token[options.SESSION_VERSION_CLAIM]).toBe(3);
    const later = await jwt({ token, user: undefined as never, account: null });
    expect(later[options.SESSION_VERSION_CLAIM]).toBe(3);
  });
});
