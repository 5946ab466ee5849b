import { expect, test } from "@playwright/test";
import { linkIn, startInbox } from "../support/smtp-inbox";
import { BROWSER_TEST_SMTP_PORT } from "./ports";

test("a learner asks for a sign-in link, receives it by email, and is signed in by following it", async ({ page }) => {
  const inbox = await startInbox(BROWSER_TEST_SMTP_PORT);
  try {
    const email = `link-${Date.now()}@example.com`;
    await page.goto("/sign-in");
    await page.getByLabel("Email me a sign-in link").fill(email);
    await page.getByRole("button", { name: "Send link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

    const raw = await inbox.next();
    expect(inbox.messages.at(-1)!.to).toEqual([email]);
    await page.goto(linkIn(raw));
    await expect(page.getByRole("link", { name: "Account" })).toBeVisible();
    await page.getByRole("link", { name: "Account" }).click();
    await expect(page.getByText(/Signed in as/)).toBeVisible();
    // Arriving by link, a person starts as a student with no name, and can set both.
    await page.getByLabel("Name").fill("Mx Link");
    await page.getByRole("radio", { name: "Teacher" }).check();
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Your profile was saved.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Classes" })).toBeVisible();

    await page.goto(linkIn(raw));
    await expect(page.getByRole("alert").filter({ hasText: "expired or was already used" })).toBeVisible();

    // At most 5 links an hour for one address.
    const flooded = `flood-${Date.now()}@example.com`;
    for (let i = 0; i < 6; i++) {
      await page.goto("/sign-in");
      await page.getByLabel("Email me a sign-in link").fill(flooded);
      await page.getByRole("button", { name: "Send link" }).click();
      if (i < 5) await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    }
    await expect(page.getByRole("alert").filter({ hasText: /Too many sign-in links were asked for\. Try again in (59|60) minutes\./ })).toBeVisible();
    expect(inbox.messages.filter((m) => m.to.includes(flooded))).toHaveLength(5);
  } finally {
    await inbox.close();
  }
});
