// axe-core on every page, signed out, as a student and as a teacher, at both widths (the two projects):
// no serious or critical WCAG 2.2 A/AA violation anywhere.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./people";

async function expectAccessible(page: Page, what: string) {
  // After a client-side navigation (an answer's redirect) React sets the new <title> a moment after the
  // new content shows; check the page once it has one, and fail if it never gets one.
  await expect(page, `${what} has a title`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(serious, `${what} at ${page.viewportSize()?.width}px`).toEqual([]);
}

test("signed out: home, set, article, practice, sign-in, sign-up, join, 404", async ({ page }) => {
  for (const path of ["/", "/sets/the-call", "/articles/cnn-biden-xi-call", "/sets/the-call/practice", "/sign-in", "/sign-up", "/join", "/no-such-page"]) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
});

test("a student: question, feedback, progress, account", async ({ page }) => {
  await signUp(page, "Axel", "Student");
  await page.goto("/sets/the-call/study");
  await expectAccessible(page, "a question");
  await page.getByRole("radio", { name: /Monday/ }).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "Not quite." })).toBeVisible();
  await expectAccessible(page, "feedback");
  for (const path of ["/", "/sets/the-call", "/progress", "/account"]) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
});

test("a teacher: classes, a class, an assignment's report", async ({ page }) => {
  await signUp(page, "Tess", "Teacher");
  await page.goto("/classes");
  await expectAccessible(page, "no classes yet");
  await page.getByLabel("Class name").fill("Period 5");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Period 5" })).toBeVisible();
  await page.getByRole("checkbox", { name: "The call itself" }).check();
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("Assigned 1 set.")).toBeVisible();
  await expectAccessible(page, "a class");
  await page.getByRole("link", { name: "The call itself" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The call itself" })).toBeVisible();
  await expectAccessible(page, "a report");
  await page.goto("/classes");
  await expectAccessible(page, "classes");
});
