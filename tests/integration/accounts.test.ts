// Accounts on a real migrated database: sign-up hashes the password, a guest who signs up keeps
// their progress, sign-in never says which half was wrong, and deletion takes the learner's data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let accounts: typeof import("../../lib/auth/accounts");
let study: typeof import("../../lib/study/answer");
let learners: typeof import("../../lib/auth/viewer");

beforeAll(async () => {
  t = await useAppDatabase();
  accounts = await import("../../lib/auth/accounts");
  study = await import("../../lib/study/answer");
  learners = await import("../../lib/auth/viewer");
});
afterAll(() => t.close());

describe("accounts", () => {
  it("signs up with an argon2id hash, never the password, and a chosen role", async () => {
    const user = await accounts.signUp(
      { name: "Ms Rivera", email: " Rivera@School.example ", password: "correct horse", role: "TEACHER" },
      null,
    );
    expect(user).toMatchObject({ role: "TEACHER", isGuest: false, name: "Ms Rivera" });
    expect(user).not.toHaveProperty("passwordHash");
    const stored = await t.db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(stored.email).toBe("rivera@school.example");
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain("correct horse");
  });

  it("keeps a guest's progress when the guest signs up: the same user becomes the account", async () => {
    const guest = learners.viewerFromRow(
      await t.db.user.create({ data: { isGuest: true }, select: learners.VIEWER_COLUMNS }),
    );
    await study.recordAnswer({
      userId: guest.id,
      setId: "the-call",
      questionId: "call-weekday",
      clientId: "guest-answer-1",
      response: "Tuesday",
    });
    const account = await accounts.signUp(
      { name: "Sam", email: "sam@example.com", password: "long enough", role: "STUDENT" },
      guest,
    );
    expect(account.id).toBe(guest.id);
    expect(account.isGuest).toBe(false);
    expect(await t.db.card.count({ where: { userId: account.id } })).toBe(1);
    expect(await t.db.review.count({ where: { userId: account.id } })).toBe(1);
  });

  it("refuses a second account with the same email, whatever its case", async () => {
    await accounts.signUp({ name: "A", email: "dup@example.com", password: "long enough", role: "STUDENT" }, null);
    await expect(
      accounts.signUp({ name: "B", email: "DUP@example.com", password: "long enough", role: "STUDENT" }, null),
    ).rejects.toThrow("An account with this email already exists. Sign in instead.");
  });

  it("refuses all but one of several sign-ups with one email sent at once", async () => {
    const attempts = await Promise.allSettled(
      ["R1", "R2", "R3", "R4"].map((name) =>
        accounts.signUp({ name, email: "race@example.com", password: "long enough", role: "STUDENT" }, null),
      ),
    );
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    for (const a of attempts.filter((a) => a.status === "rejected")) {
      expect((a as PromiseRejectedResult).reason).toMatchObject({
        field: "email",
        message: expect.stringMatching(/already exists/),
      });
    }
    expect(await t.db.user.count({ where: { email: "race@example.com" } })).toBe(1);
  });

  it("signs in with the right password only", async () => {
    const user = await accounts.signUp(
      { name: "C", email: "c@example.com", password: "right password", role: "STUDENT" },
      null,
    );
    expect(await accounts.signInWithPassword("C@example.com", "right password")).toMatchObject({ id: user.id });
    expect(await accounts.signInWithPassword("c@example.com", "wrong password")).toBeNull();
    expect(await accounts.signInWithPassword("nobody@example.com", "right password")).toBeNull();
    const guest = await t.db.user.create({ data: { isGuest: true, email: "g@example.com" } });
    expect(guest.id).toBeTruthy();
    expect(await accounts.signInWithPassword("g@example.com", "")).toBeNull();
  });

  it("changes the password only with the current one", async () => {
    const user = await accounts.signUp(
      { name: "D", email: "d@example.com", password: "first password", role: "STUDENT" },
      null,
    );
    await expect(accounts.changePassword(user.id, "not it", "second password")).rejects.toThrow(
      "That is not your current password.",
    );
    await accounts.changePassword(user.id, "first password", "second password");
    expect(await accounts.signInWithPassword("d@example.com", "first password")).toBeNull();
    expect(await accounts.signInWithPassword("d@example.com", "second password")).toMatchObject({ id: user.id });
  });

  it("lets a person change their name and role, and set a first password without a current one", async () => {
    const user = await t.db.user.create({ data: { email: "link@example.com", role: "STUDENT" } });
    await accounts.updateProfile(user.id, { name: "  Mx Link ", role: "TEACHER" });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      name: "Mx Link",
      role: "TEACHER",
    });
    await accounts.changePassword(user.id, "", "first password");
    expect(await accounts.signInWithPassword("link@example.com", "first password")).toMatchObject({
      id: user.id,
      role: "TEACHER",
    });
  });

  it("deletes an account with its cards, reviews and settings", async () => {
    const user = await accounts.signUp(
      { name: "E", email: "e@example.com", password: "long enough", role: "STUDENT" },
      null,
    );
    await study.recordAnswer({
      userId: user.id,
      setId: "the-call",
      questionId: "call-length",
      clientId: "delete-me-1",
      response: "An hour",
    });
    await t.db.studySetting.create({ data: { userId: user.id, setId: "the-call", newPerDay: 5 } });
    await accounts.deleteAccount(user.id);
    expect(await t.db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await t.db.card.count({ where: { userId: user.id } })).toBe(0);
    expect(await t.db.review.count({ where: { userId: user.id } })).toBe(0);
    expect(await t.db.studySetting.count({ where: { userId: user.id } })).toBe(0);
    expect(await t.db.question.count()).toBeGreaterThan(60);
  });
});
