import { expect, test } from "@playwright/test";

test("the home page says what Footnote is and lists its question sets", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Footnote");
  await expect(page.getByRole("link", { name: "Footnote" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Learn from what you read" })).toBeVisible();
  await expect(page.getByText("Every answer links back to the exact passage it came from")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Question sets" })).toBeVisible();
});

test("the home page lists the shipped question sets with their size and sources", async ({ page }) => {
  await page.goto("/");
  const sets = page.getByRole("list").filter({ has: page.getByRole("heading", { level: 3 }) });
  await expect(sets.getByRole("listitem")).toHaveCount(6);
  const first = sets.getByRole("listitem").first();
  await expect(first.getByRole("heading", { level: 3 })).toHaveText("The call itself");
  await expect(first).toContainText("12 questions · Sources: CNN, Unnamed Dutch outlet (translated)");
  await expect(page.getByText("No question sets yet")).toHaveCount(0);
});

test("the page fits the screen without sideways scrolling", async ({ page }) => {
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a keyboard user can skip straight to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("the health check answers with the database's state", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

test("an unknown address gets a helpful 404 with a way back", async ({ page }) => {
  const response = await page.goto("/sets/no-such-set");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "See all question sets" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Learn from what you read" })).toBeVisible();
});
