import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("the study loop works with JavaScript off: start, answer, feedback, next, undo, flashcard", async ({ page }) => {
  await page.goto("/sets/the-call");
  await page.getByRole("button", { name: "Start studying" }).click();
  await expect(page).toHaveURL(/\/sets\/the-call\/study$/);

  await page.getByRole("radio", { name: /Monday/ }).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "Not quite." })).toBeVisible();
  await expect(page.locator("blockquote mark")).toHaveText(
    "spoke by phone with Chinese President Xi Jinping on Tuesday",
  );

  await page.getByRole("link", { name: "Next question" }).click();
  await expect(page.getByRole("group", { name: /How long did the call last/ })).toBeVisible();
  await page.getByRole("radio", { name: "An hour and 45 minutes" }).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "Right!" })).toBeVisible();
  await page.getByRole("button", { name: "Undo answer" }).click();
  await expect(page.getByText("Your last answer was undone.")).toBeVisible();
  await expect(page.getByRole("group", { name: /How long did the call last/ })).toBeVisible();

  await page.goto("/sets/the-call/practice");
  await expect(page.getByText(/Practice · question 1 of 12/)).toBeVisible();
});
