import { expect, test } from "@playwright/test";

const unique = () => `learner-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;

test("a guest who signs up keeps their progress, signs out, and signs back in", async ({ page }) => {
  await page.goto("/sets/the-call");
  await page.getByRole("button", { name: "Start studying" }).click();
  await page.getByRole("radio", { name: /Tuesday/ }).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "Right!" })).toBeVisible();

  await page.getByRole("link", { name: "Sign up" }).click();
  await expect(page.getByText("Everything you have studied as a guest stays with your new account.")).toBeVisible();
  const email = unique();
  await page.getByLabel("Name").fill("Sam Student");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  const password = page.getByLabel("Password");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription(/Use at least 8 characters/);
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue(email);

  await password.fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Learn from what you read" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "The call itself" })).toContainText("11 new");

  await page.getByRole("link", { name: "Account", exact: true }).click();
  await expect(page.getByText("Signed in as Sam Student (student).")).toBeVisible();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "The call itself" })).not.toContainText("11 new");

  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password").fill("the wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "That email and password do not match an account." }),
  ).toBeVisible();
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "The call itself" })).toContainText("11 new");
});

test("a teacher signs up, changes the password, and deletes the account after confirming", async ({ page }) => {
  const email = unique();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Ms Rivera");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password").fill("first password");
  await page.getByRole("radio", { name: "Teacher" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("link", { name: "Account", exact: true }).click();
  await expect(page.getByText("Signed in as Ms Rivera (teacher).")).toBeVisible();

  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password").fill("second password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("Current password")).toHaveAccessibleDescription("That is not your current password.");
  await page.getByLabel("Current password").fill("first password");
  await page.getByLabel("New password").fill("second password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password was changed.")).toBeVisible();

  await page.getByRole("button", { name: "Delete my account and all my data" }).click();
  await expect(page.getByLabel("Type delete to confirm")).toHaveAccessibleDescription("Type delete to confirm.");
  await page.getByLabel("Type delete to confirm").fill("delete");
  await page.getByRole("button", { name: "Delete my account and all my data" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password").fill("second password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
});

test("repeated wrong passwords for one account are stopped, with the time to wait", async ({ page }) => {
  const email = unique();
  await page.goto("/sign-in");
  for (let i = 0; i < 10; i++) {
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Password").fill(`wrong ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Each attempt shows the same alert, so wait for this one to finish: the form then clears the password.
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
  }
  await page.getByLabel("Password").fill("wrong again");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: /Too many sign-in attempts\. Try again in 1[45] minutes\./ }),
  ).toBeVisible();
});

test("changing the password and 'Sign out everywhere' end the account's sessions in other browsers", async ({
  page,
  browser,
}) => {
  const email = unique();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Two Browsers");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password").fill("first password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("link", { name: "Account", exact: true })).toBeVisible();

  const other = await browser.newContext();
  try {
    const phone = await other.newPage();
    const signIn = async (password: string) => {
      await phone.goto("/sign-in");
      await phone.getByLabel("Email", { exact: true }).fill(email);
      await phone.getByLabel("Password").fill(password);
      await phone.getByRole("button", { name: "Sign in" }).click();
      await expect(phone.getByRole("link", { name: "Account", exact: true })).toBeVisible();
    };
    await signIn("first password");

    // A password change keeps this browser signed in and ends the other one at its next request.
    await page.goto("/account");
    await page.getByLabel("Current password").fill("first password");
    await page.getByLabel("New password").fill("second password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Your password was changed. You are signed out everywhere else.")).toBeVisible();
    // next-auth's own session endpoint agrees: the ended session names nobody.
    expect(await (await phone.request.get("/api/auth/session")).json()).toEqual({});
    await phone.goto("/account");
    await expect(phone.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await page.reload();
    await expect(page.getByText("Signed in as Two Browsers (student).")).toBeVisible();

    // "Sign out everywhere" ends every session, this browser's too.
    await signIn("second password");
    expect(await (await phone.request.get("/api/auth/session")).json()).toMatchObject({
      user: { name: "Two Browsers" },
    });
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "You are signed out on every device and browser." }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await phone.goto("/account");
    await expect(phone.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await signIn("second password");
  } finally {
    await other.close();
  }
});

test("a guest has no 'Sign out everywhere'", async ({ page }) => {
  await page.goto("/sets/the-call");
  await page.getByRole("button", { name: "Start studying" }).click();
  await expect(page).toHaveURL(/study$/);
  await page.goto("/account");
  await expect(page.getByText("You are studying as a guest.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out everywhere" })).toHaveCount(0);
});
