// What a learner sees while the network is slow: a link's page shows "Loading…" and a bar (still when
// reduced motion is asked for), and a submitted answer's button says it is being checked.
import { expect, test, type Page } from "@playwright/test";

/** Holds the app's in-page requests (page data and form posts) for a while, as a slow network would. */
async function slowNetwork(page: Page, ms: number) {
  await page.route("**/*", async (route) => {
    const headers = route.request().headers();
    if (headers["rsc"] === "1" || headers["next-action"]) await new Promise((r) => setTimeout(r, ms));
    await route.fallback();
  });
}

for (const reducedMotion of ["no-preference", "reduce"] as const) {
  test(`a slow link shows that its page is loading, with reduced motion ${reducedMotion}`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion });
    await page.goto("/sets/the-call");
    await slowNetwork(page, 1_500);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
    const status = page.getByRole("status").filter({ hasText: "Loading…" });
    await expect(status).toBeVisible();
    const animation = await page.locator("[data-navigation-bar]").evaluate((el) => getComputedStyle(el).animationName);
    expect(animation).toBe(reducedMotion === "reduce" ? "none" : "pulse");
    await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
    await expect(status).toHaveCount(0);
    await expect(page.locator("[data-navigation-bar]")).toHaveCount(0);
    // Going back is not shown as loading forever.
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1, name: "The call itself" })).toBeVisible();
    await expect(status).toHaveCount(0);
  });
}

test("a submitted answer's button says it is being checked until the verdict comes", async ({ page }) => {
  await page.goto("/sets/the-call");
  await page.getByRole("button", { name: "Start studying" }).click();
  await page.getByRole("radio", { name: "Tuesday" }).check();
  await slowNetwork(page, 1_500);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("button", { name: "Checking…" })).toBeDisabled();
  await expect(page.getByRole("heading", { name: "Right!" })).toBeVisible();
});
