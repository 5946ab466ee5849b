// What a learner sees while the network is slow: a link's page shows "Loading…" and a bar (still when
// reduced motion is asked for), and a submitted answer's button says it is being checked.
import { expect, test, type Page } from "@playwright/test";

/**
 * Holds the app's in-page requests (page data and server actions) and form posts (the study page's
 * forms post as plain HTML forms) for a while, as a slow network would.
 */
async function slowNetwork(page: Page, ms: number) {
  await page.route("**/*", async (route) => {
    const headers = route.request().headers();
    if (headers["rsc"] === "1" || headers["next-action"] || route.request().method() === "POST")
      await new Promise((r) => setTimeout(r, ms));
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

/**
 * Records, in the tab's sessionStorage (which outlives the page), what `probe` finds on the page each
 * time the page changes: the study page's forms and links load whole pages, and Playwright's locators
 * wait for such a navigation to finish, so they never see the page as it was while it loaded.
 */
async function recordWhileLeaving(page: Page, probe: () => string | null) {
  await page.evaluate((source) => {
    const read = new Function(`return (${source})()`) as () => string | null;
    new MutationObserver(() => {
      const seen = read();
      if (seen) sessionStorage.setItem("seen-while-leaving", seen);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  }, probe.toString());
}

const seenWhileLeaving = (page: Page) => page.evaluate(() => sessionStorage.getItem("seen-while-leaving"));

test("a submitted answer's button says it is being checked until the verdict comes", async ({ page }) => {
  await page.goto("/sets/the-call");
  await page.getByRole("button", { name: "Start studying" }).click();
  await page.getByRole("radio", { name: "Tuesday" }).check();
  await slowNetwork(page, 1_500);
  await recordWhileLeaving(page, () => {
    const button = document.querySelector<HTMLButtonElement>("form[data-study-form] button[type=submit]");
    return button?.disabled ? button.textContent : null;
  });
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "Right!" })).toBeVisible();
  expect(await seenWhileLeaving(page)).toBe("Checking…");
});

test("on the study page, which ships no framework, a link's page shows that it is loading too", async ({ page }) => {
  await page.goto("/sets/the-call/study");
  await page.getByRole("button", { name: "Start studying" }).click();
  await expect(page.getByRole("radio", { name: "Tuesday" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toHaveCount(0);
  await page.route("**/progress", async (route) => {
    await new Promise((r) => setTimeout(r, 1_500));
    await route.fallback();
  });
  await recordWhileLeaving(page, () => {
    const bar = document.querySelector<HTMLElement>("[data-navigation-bar]");
    const status = document.querySelector("[role=status]");
    return bar && !bar.hidden && bar.offsetHeight > 0 ? `bar, and the status says ${status?.textContent}` : null;
  });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
  expect(await seenWhileLeaving(page)).toBe("bar, and the status says Loading…");
  // Back from the browser's cache, the page is not shown as loading.
  await page.goBack();
  await expect(page.getByRole("radio", { name: "Tuesday" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toHaveCount(0);
  await expect(page.locator("[data-navigation-bar]")).toBeHidden();
});
