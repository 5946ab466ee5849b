// A guest keeps their progress however they sign in (password, email link, OAuth), on a real migrated
// database: cards, reviews, settings and memberships move to the account; where both have a card for
// one question the most recently reviewed stays, and both review histories stay in the log.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let accounts: typeof import("../../lib/auth/accounts");
let study: typeof import("../../lib/study/answer");
let links: typeof import("../../lib/auth/sign-in-link");
let guestSignIn: typeof import("../../lib/auth/guest-sign-in");
let config: typeof import("../../lib/config");
let learnerModule: typeof import("../../lib/auth/viewer");

beforeAll(async () => {
  t = await useAppDatabase();
  accounts = await import("../../lib/auth/accounts");
  study = await import("../../lib/study/answer");
  links = await import("../../lib/auth/sign-in-link");
  guestSignIn = await import("../../lib/auth/guest-sign-in");
  config = await import("../../lib/config");
  learnerModule = await import("../../lib/auth/viewer");
});
afterAll(() => t.close());

const LEARNER = { id: true, role: true, isGuest: true, name: true, timeZone: true, rolloverHour: true } as const;
const newUser = async (data: { isGuest?: boolean; email?: string; timeZone?: string }) =>
  learnerModule.viewerFromRow(await t.db.user.create({ data, select: LEARNER }));
const DAY = 86_400_000;
let n = 0;
const unique = (what: string) => `${what}-${++n}-${Date.now()}`;

async function answer(userId: string, questionId: string, response: string, now: Date) {
  await study.recordAnswer({ userId, setId: "the-call", questionId, clientId: unique("answer"), response, now });
}

/**
 * An account that studied call-weekday ten days ago and call-length long ago, and a guest who studied
 * call-weekday yesterday (newer), call-length before the account did (older) and call-first-since (the account never did),
 * with a study setting and a class membership.
 */
async function accountAndGuest(email: string) {
  const account = await accounts.signUp({ name: "Ada", email, password: "long enough", role: "STUDENT" }, null);
  const guest = await newUser({ isGuest: true });
  const now = Date.now();
  await answer(account.id, "call-weekday", "Monday", new Date(now - 10 * DAY));
  await answer(account.id, "call-length", "An hour", new Date(now - 3 * DAY));
  await answer(guest.id, "call-weekday", "Tuesday", new Date(now - 1 * DAY));
  await answer(guest.id, "call-length", "Ten minutes", new Date(now - 20 * DAY));
  await answer(guest.id, "call-first-since", "a year", new Date(now - 2 * DAY));
  await t.db.studySetting.create({ data: { userId: guest.id, setId: "the-call", newPerDay: 7 } });
  const teacher = await t.db.user.create({ data: { role: "TEACHER", email: `${unique("teacher")}@example.com` } });
  const classroom = await t.db.classroom.create({
    data: { name: "History", teacherId: teacher.id, joinCode: unique("code").slice(0, 20) },
  });
  await t.db.membership.create({ data: { classroomId: classroom.id, userId: guest.id } });
  const cardOf = (userId: string, questionId: string) =>
    t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId } } });
  const before = {
    guestWeekday: await cardOf(guest.id, "call-weekday"),
    accountLength: await cardOf(account.id, "call-length"),
    guestWho: await cardOf(guest.id, "call-first-since"),
  };
  return { account, guest, classroom, before };
}

async function expectAdopted({ account, guest, classroom, before }: Awaited<ReturnType<typeof accountAndGuest>>) {
  expect(await t.db.user.count({ where: { id: guest.id } })).toBe(0);
  const cards = await t.db.card.findMany({ where: { userId: account.id }, orderBy: { questionId: "asc" } });
  expect(cards.map((c) => c.questionId)).toEqual(["call-first-since", "call-length", "call-weekday"]);
  // The guest's call-weekday was reviewed more recently; the account's call-length was.
  expect(cards.find((c) => c.questionId === "call-weekday")!.id).toBe(before.guestWeekday.id);
  expect(cards.find((c) => c.questionId === "call-length")!.id).toBe(before.accountLength.id);
  expect(cards.find((c) => c.questionId === "call-first-since")!.id).toBe(before.guestWho.id);
  // Every review of both stays in the log.
  const reviews = await t.db.review.findMany({
    where: { userId: account.id },
    select: { questionId: true, answer: true },
  });
  expect(reviews.map((r) => `${r.questionId}:${r.answer}`).sort()).toEqual([
    "call-first-since:a year",
    "call-length:An hour",
    "call-length:Ten minutes",
    "call-weekday:Monday",
    "call-weekday:Tuesday",
  ]);
  expect(await t.db.review.count({ where: { userId: guest.id } })).toBe(0);
  expect(
    await t.db.studySetting.findUnique({ where: { userId_setId: { userId: account.id, setId: "the-call" } } }),
  ).toMatchObject({ newPerDay: 7 });
  expect(await t.db.membership.count({ where: { userId: account.id, classroomId: classroom.id } })).toBe(1);
}

// next-auth's email provider stores sha256(token + secret) (next-auth/core/lib/utils.js hashToken).
async function mailedLink(email: string, expires = new Date(Date.now() + DAY)) {
  const token = unique("token");
  const stored = createHash("sha256").update(`${token}${config.config().authSecret}`).digest("hex");
  await t.db.verificationToken.create({ data: { identifier: email, token: stored, expires } });
  return token;
}

describe("a guest who signs in keeps their progress", () => {
  it("by password", async () => {
    const setup = await accountAndGuest("pw@example.com");
    const user = await accounts.signInWithPassword("PW@example.com", "long enough", setup.guest);
    expect(user).toMatchObject({ id: setup.account.id, isGuest: false });
    await expectAdopted(setup);
  });

  it("by password, not when the password is wrong", async () => {
    const setup = await accountAndGuest("pw-wrong@example.com");
    expect(await accounts.signInWithPassword("pw-wrong@example.com", "not it", setup.guest)).toBeNull();
    expect(await t.db.card.count({ where: { userId: setup.guest.id } })).toBe(3);
    expect(await t.db.card.count({ where: { userId: setup.account.id } })).toBe(2);
  });

  it("by email link, to an existing account", async () => {
    const setup = await accountAndGuest("link@example.com");
    const token = await mailedLink("link@example.com");
    const user = await links.spendSignInLink(token, "link@example.com", setup.guest);
    expect(user).toMatchObject({ id: setup.account.id, isGuest: false });
    await expectAdopted(setup);
  });

  it("keeps the account's own time zone over the guest's", async () => {
    const account = await accounts.signUp(
      { name: "Bo", email: "zone@example.com", password: "long enough", role: "STUDENT", timeZone: "Europe/Berlin" },
      null,
    );
    const guest = await newUser({ isGuest: true, timeZone: "Asia/Taipei" });
    await accounts.signInWithPassword("zone@example.com", "long enough", guest);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: account.id }, select: { timeZone: true } })).toEqual({
      timeZone: "Europe/Berlin",
    });
  });

  it("by email link, to a new account made for the address", async () => {
    const guest = await newUser({ isGuest: true, timeZone: "Asia/Taipei" });
    await answer(guest.id, "call-weekday", "Tuesday", new Date());
    const token = await mailedLink("new-by-link@example.com");
    const user = await links.spendSignInLink(token, "new-by-link@example.com", guest);
    expect(user).toMatchObject({ isGuest: false, role: "STUDENT", name: null });
    expect(user!.id).not.toBe(guest.id);
    // The new account had no zone: it takes the one the guest's browser gave.
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user!.id } })).toMatchObject({
      email: "new-by-link@example.com",
      emailVerified: expect.any(Date),
      timeZone: "Asia/Taipei",
    });
    expect(await t.db.card.count({ where: { userId: user!.id } })).toBe(1);
    expect(await t.db.review.count({ where: { userId: user!.id } })).toBe(1);
    expect(await t.db.user.count({ where: { id: guest.id } })).toBe(0);
  });

  it("by OAuth, through the options next-auth's callback runs for a guest", async () => {
    const setup = await accountAndGuest("oauth@example.com");
    // As the adapter links a provider account (@next-auth/prisma-adapter linkAccount).
    const account = await t.db.account.create({
      data: {
        userId: setup.account.id,
        type: "oauth",
        provider: "github",
        providerAccountId: "gh-1",
        access_token: "x",
        token_type: "bearer",
        scope: "read:user",
      },
    });
    const options = guestSignIn.authOptionsFor(setup.guest);
    const user = await t.db.user.findUniqueOrThrow({ where: { id: setup.account.id } });
    await options.events!.signIn!({
      user: { ...user, email: user.email ?? undefined },
      account: { ...account, type: "oauth" } as never,
      isNewUser: false,
    });
    await expectAdopted(setup);
    expect(await t.db.account.count({ where: { userId: setup.account.id } })).toBe(1);
  });

  it("by OAuth, next-auth is not shown the guest's session (so it neither links the provider to the guest nor refuses)", async () => {
    const { encode } = await import("next-auth/jwt");
    const guest = await newUser({ isGuest: true });
    const other = await newUser({ email: "someone@example.com" });
    const options = guestSignIn.authOptionsFor(guest);
    const secret = config.config().authSecret;
    const tokenOf = (sub: string) => encode({ token: { sub }, secret });
    expect(await options.jwt!.decode!({ token: await tokenOf(guest.id), secret })).toBeNull();
    expect(await options.jwt!.decode!({ token: await tokenOf(other.id), secret })).toMatchObject({ sub: other.id });
  });

  it("adopts nothing from a user who is not a guest, or from the account itself", async () => {
    const { adoptGuest } = await import("../../lib/auth/adopt-guest");
    const a = await accounts.signUp(
      { name: "A", email: "not-guest-a@example.com", password: "long enough", role: "STUDENT" },
      null,
    );
    const b = await accounts.signUp(
      { name: "B", email: "not-guest-b@example.com", password: "long enough", role: "STUDENT" },
      null,
    );
    await answer(b.id, "call-weekday", "Tuesday", new Date());
    expect(await adoptGuest(b.id, a.id)).toEqual({ cards: 0, droppedCards: 0, reviews: 0 });
    expect(await adoptGuest(b.id, b.id)).toEqual({ cards: 0, droppedCards: 0, reviews: 0 });
    expect(await t.db.card.count({ where: { userId: b.id } })).toBe(1);
    expect(await t.db.user.count({ where: { id: { in: [a.id, b.id] } } })).toBe(2);
  });
});

describe("emailed sign-in links", () => {
  it("are only looked at when opened, spent once by the button, and refused when expired or for another address", async () => {
    const email = "once@example.com";
    const token = await mailedLink(email);
    expect(await links.findSignInLink(token, email)).toBe(true);
    expect(await links.findSignInLink(token, email)).toBe(true);
    expect(await links.findSignInLink(token, "other@example.com")).toBe(false);
    expect(await links.spendSignInLink(token, "other@example.com", null)).toBeNull();
    const spends = await Promise.all([
      links.spendSignInLink(token, email, null),
      links.spendSignInLink(token, email, null),
    ]);
    expect(spends.filter(Boolean)).toHaveLength(1);
    expect(await links.findSignInLink(token, email)).toBe(false);
    expect(await links.spendSignInLink(token, email, null)).toBeNull();

    const old = await mailedLink("late@example.com", new Date(Date.now() - 1000));
    expect(await links.findSignInLink(old, "late@example.com")).toBe(false);
    expect(await links.spendSignInLink(old, "late@example.com", null)).toBeNull();
    expect(await t.db.user.count({ where: { email: "late@example.com" } })).toBe(0);
    expect(await links.findSignInLink("", email)).toBe(false);
  });
});
