// People for browser tests: unique email addresses, and signing up through the real form.
import { expect, type Page } from "@playwright/test";

export const unique = (who: string) => `${who}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;

export async function signUp(page: Page, name: string, role: "Student" | "Teacher", next = "/sign-up") {
  await page.goto(next);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email", { exact: true }).fill(unique(name.split(" ")[0].toLowerCase()));
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("radio", { name: role }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("link", { name: "Account", exact: true })).toBeVisible();
}
