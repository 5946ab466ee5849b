// No text from a URL is shown on a Footnote page: notices travel as codes and the server supplies their
// words; a class name after joining is looked up from the class's id and shown only to its members.
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./people";

const ATTACK = "Your account is suspended. Call 555-0100";
const crafted = encodeURIComponent(ATTACK);

async function showsNoAttack(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBeLessThan(500);
  await expect(page.locator("main")).toBeVisible();
  // What the page shows (an App Router page's HTML also carries its own URL for the router, never shown).
  const shown = await page.locator("body").innerText();
  expect(shown).not.toContain("555-0100");
  expect(shown).not.toContain("suspended");
  expect(shown).not.toContain("<b>");
}

test("crafted notices on the study and practice pages show nothing; a real code shows its text", async ({ page }) => {
  await page.goto("/sets/the-call");
  await page.getByRole("button", { name: "Start studying" }).click();
  await expect(page).toHaveURL(/\/sets\/the-call\/study$/);

  await showsNoAttack(page, `/sets/the-call/study?notice=${crafted}`);
  await showsNoAttack(page, `/sets/the-call/study?notice=constructor`);
  await showsNoAttack(page, `/sets/the-call/study?notice=invalid-input&fields=${crafted}`);
  await showsNoAttack(page, `/sets/the-call/practice?notice=${crafted}`);
  await showsNoAttack(page, `/sets/the-call/practice?notice=${encodeURIComponent("<b>bold</b>")}`);

  // The codes the posts send still read as before.
  await page.goto("/sets/the-call/study?notice=nothing-to-undo");
  await expect(page.getByRole("status").filter({ hasText: "There is no answer to undo." })).toBeVisible();
  await page.goto("/sets/the-call/practice?notice=practice-unreadable");
  await expect(
    page.getByRole("status").filter({ hasText: "That practice round could not be read; here is a new one." }),
  ).toBeVisible();
});

test("?joined= shows a class's name only to a member; crafted text or another class's id show nothing", async ({
  page,
  browser,
}) => {
  await signUp(page, "Mr Okafor", "Teacher");
  await page.goto("/classes");
  await page.getByLabel("Class name").fill("Room 12 History");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Room 12 History" })).toBeVisible();
  const classId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);

  const outsider = await (await browser.newContext()).newPage();
  await signUp(outsider, "Olu Outsider", "Student");
  await showsNoAttack(outsider, `/?joined=${crafted}`);
  // A real class the visitor is not in: its name stays private.
  await outsider.goto(`/?joined=${encodeURIComponent(classId)}`);
  await expect(outsider.getByRole("heading", { name: "Learn from what you read" })).toBeVisible();
  expect(await outsider.locator("body").innerText()).not.toContain("Room 12 History");
  await outsider.context().close();
});

test("other query values show no crafted text: sign-in's error and retry, a class's assigned count", async ({
  page,
}) => {
  await showsNoAttack(page, `/sign-in?error=${crafted}`);
  await expect(page.getByRole("alert").filter({ hasText: "Signing in did not work. Try again." })).toBeVisible();
  await showsNoAttack(page, `/sign-in?error=toString`);
  await expect(page.getByRole("alert").filter({ hasText: "Signing in did not work. Try again." })).toBeVisible();
  await showsNoAttack(page, `/sign-in?error=RateLimited&retry=${crafted}`);
  await expect(
    page.getByRole("alert").filter({ hasText: /^Too many sign-in links were asked for\. Try again in/ }),
  ).toBeVisible();
  await showsNoAttack(page, `/sign-in?signedOut=${crafted}`);

  await signUp(page, "Ms Adebayo", "Teacher");
  await page.goto("/classes");
  await page.getByLabel("Class name").fill("Room 7");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Room 7" })).toBeVisible();
  const classPage = new URL(page.url()).pathname;
  await showsNoAttack(page, `${classPage}?assigned=${crafted}`);
  await expect(page.getByText(/^Assigned/)).toHaveCount(0);
  await page.goto(`${classPage}?assigned=2`);
  await expect(page.getByText("Assigned 2 sets.")).toBeVisible();
});
