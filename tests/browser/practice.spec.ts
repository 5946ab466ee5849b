import { expect, test } from "@playwright/test";

test("practice quizzes the whole set and ends with the score and the missed questions' passages", async ({ page }) => {
  await page.goto("/sets/flashpoints");
  await page.getByRole("link", { name: "Practise every question" }).click();
  await expect(page.getByText(/Practice · question 1 of 12 · 0 right/)).toBeVisible();

  let missed = 0;
  for (let i = 0; i < 12; i++) {
    const form = page.locator("form[data-study-form]");
    await expect(form).toBeVisible();
    if (await page.getByRole("link", { name: "Show answer" }).count()) {
      await page.getByRole("link", { name: "Show answer" }).click();
      await page.getByRole("button", { name: /^Good/ }).click();
    } else if (await page.getByRole("radio").count()) {
      await page.getByRole("radio").last().check();
      await page.getByRole("button", { name: "Check answer" }).click();
    } else {
      await page.getByRole("textbox").fill("no idea");
      await page.getByRole("button", { name: "Check answer" }).click();
    }
    const verdict = page.getByRole("heading", { name: /^(Right!|Not quite\.)$/ });
    await expect(verdict).toBeVisible();
    if ((await verdict.textContent()) === "Not quite.") missed++;
    await page.getByRole("link", { name: i < 11 ? "Next question" : "See your score" }).click();
  }
  await expect(page.getByRole("heading", { name: `You got ${12 - missed} of 12 right` })).toBeVisible();
  expect(missed).toBeGreaterThan(0);
  const links = page.getByRole("link", { name: /^Read the passage/ });
  expect(await links.count()).toBeGreaterThanOrEqual(missed);
  await links.first().click();
  await expect(page.locator("mark#highlight")).toBeVisible();
});
