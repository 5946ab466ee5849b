// The teacher's home: where a teacher lands after signing up or in (password or emailed link), unless a return
// path says otherwise; the first steps when there is nothing yet; classes, sets and articles when there is;
// every action reached by keyboard; and a set's download as a zip of content/'s files.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import JSZip from "jszip";
import { linkIn, startInbox } from "../support/smtp-inbox";
import { signUp, unique } from "./people";
import { BROWSER_TEST_SMTP_PORT } from "./ports";
import { seedTeacher } from "./teacher-content";

test.describe.configure({ timeout: 60_000 });

const PASSWORD = "a long enough password";

/** Signs up a teacher with the form and returns their email. */
async function signUpTeacher(page: Page, name: string): Promise<string> {
  const email = unique(name.split(" ")[1]?.toLowerCase() ?? "teacher");
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("radio", { name: "Teacher" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  return email;
}

async function signInWithPassword(page: Page, email: string, from = "/sign-in") {
  await page.goto(from);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a new teacher lands on the teacher's home, with the three first steps and the library", async ({ page }) => {
  await signUpTeacher(page, "Ms Empty");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your teaching" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Learn from what you read" })).toHaveCount(0);
  const steps = page.getByRole("region", { name: "Get started" }).getByRole("listitem");
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText("Create a class");
  await expect(steps.nth(0)).toContainText("share its six-character code");
  await expect(steps.nth(1)).toContainText(
    "Add an articlePaste text, upload a file or give a web address; Footnote splits it into passages you can cite.",
  );
  await expect(steps.nth(2)).toContainText("cite the words that prove each answer");
  await page.getByRole("link", { name: "library of ready-made sets" }).click();
  await expect(page).toHaveURL(/\/library$/);
  await page.goBack();
  await page.getByRole("link", { name: "Create a class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your classes" })).toBeVisible();
});

test("keyboard alone reaches every action of the empty home, in order", async ({ page }) => {
  await signUpTeacher(page, "Mr Keys");
  await expect(page.getByRole("heading", { level: 1, name: "Your teaching" })).toBeVisible();
  const reached: string[] = [];
  for (let i = 0; i < 30 && reached.at(-1) !== "library of ready-made sets"; i++) {
    await page.keyboard.press("Tab");
    reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
  }
  const actions = ["Create a class", "Add an article", "New set", "library of ready-made sets"];
  expect(reached.filter((name) => actions.includes(name))).toEqual(actions);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/library$/);
});

test("a teacher with classes, sets and articles signs in with a password and sees them all; a download is a zip", async ({
  page,
  browser,
}) => {
  const email = await signUpTeacher(page, "Ms Rivera");
  await expect(page.getByRole("heading", { level: 1, name: "Your teaching" })).toBeVisible();
  const seeded = seedTeacher(email);
  await page.context().clearCookies();
  await signInWithPassword(page, email);
  await expect(page.getByRole("heading", { level: 1, name: "Your teaching" })).toBeVisible();

  const classes = page.getByRole("region", { name: "Classes" });
  const period = classes.getByRole("listitem").filter({ hasText: "Period 3 Civics" });
  await expect(period).toContainText("2 students");
  await expect(period).toContainText("Next: The call itself");
  await expect(period).toContainText("0 of 2 on track");
  // Due in the teacher's zone (the browser's, UTC here), named since the assignment was set in New York's.
  await expect(period.locator("time")).toHaveText(/^Due \w{3}, \w{3} \d+, \d+:\d\d [AP]M \(UTC\)$/);
  await period.getByRole("link", { name: "The call itself (report)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The call itself" })).toBeVisible();
  await page.goBack();

  const sets = page.getByRole("region", { name: "Your sets" }).getByRole("listitem");
  await expect(sets).toHaveCount(2);
  const draft = sets.filter({ hasText: seeded.draft.title });
  await expect(draft).toContainText("Draft");
  await expect(draft).toContainText("2 questions · 1 held from study · private");
  const published = sets.filter({ hasText: seeded.published.title });
  await expect(published).toContainText("Published");
  await expect(published).toContainText("3 questions · shared by link");
  await expect(page.getByRole("link", { name: seeded.draft.title, exact: true })).toHaveAttribute(
    "href",
    `/sets/${seeded.draft.id}/edit`,
  );

  const articles = page.getByRole("region", { name: "Your articles" }).getByRole("listitem");
  await expect(articles).toHaveCount(1);
  await expect(articles).toContainText("The Ledger · 2 passages");
  await expect(page.getByRole("link", { name: seeded.article.title, exact: true })).toHaveAttribute(
    "href",
    `/articles/${seeded.article.id}/edit`,
  );
  for (const action of ["Create a class", "Add an article", "New set"])
    await expect(
      page.getByRole("navigation", { name: "Teaching actions" }).getByRole("link", { name: action }),
    ).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: `Download (.zip) of ${seeded.published.title}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("Zoë's council quiz.zip");
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  expect(
    Object.keys(zip.files)
      .filter((name) => !zip.files[name].dir)
      .sort(),
  ).toEqual([`articles/${seeded.article.id}.md`, `sets/${seeded.published.id}.yaml`]);
  const yaml = await zip.files[`sets/${seeded.published.id}.yaml`].async("string");
  expect(yaml).toContain("text: The council voted {{5 to 2}} on Monday.");

  const response = await page.request.get(`/sets/${seeded.draft.id}/download`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/zip");
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(response.headers()["content-disposition"]).toBe(
    `attachment; filename="Council vote- the draft.zip"; filename*=UTF-8''Council%20vote-%20the%20draft.zip`,
  );
  // Someone else gets a 404 for the draft; anyone may have the set shared by link.
  const stranger = await browser.newContext();
  expect((await stranger.request.get(`/sets/${seeded.draft.id}/download`)).status()).toBe(404);
  expect((await stranger.request.get(`/sets/${seeded.published.id}/download`)).status()).toBe(200);
  await stranger.close();
});

test("a teacher who follows an emailed sign-in link lands on the teacher's home", async ({ page }) => {
  const inbox = await startInbox(BROWSER_TEST_SMTP_PORT);
  try {
    const email = await signUpTeacher(page, "Mx Link");
    await expect(page.getByRole("heading", { level: 1, name: "Your teaching" })).toBeVisible();
    await page.context().clearCookies();
    await page.goto("/sign-in");
    await page.getByLabel("Email me a sign-in link").fill(email);
    await page.getByRole("button", { name: "Send link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await expect.poll(() => inbox.messages.filter((m) => m.to.includes(email)).length).toBe(1);
    await page.goto(linkIn(inbox.messages.find((m) => m.to.includes(email))!.raw));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your teaching" })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
  } finally {
    await inbox.close();
  }
});

test("a return path still wins over the teacher's home, signing in and signing up", async ({ page }) => {
  const email = await signUpTeacher(page, "Mr Return");
  await expect(page.getByRole("heading", { level: 1, name: "Your teaching" })).toBeVisible();
  await page.context().clearCookies();
  await signInWithPassword(page, email, `/sign-in?next=${encodeURIComponent("/progress")}`);
  await expect(page).toHaveURL(/\/progress$/);
  await page.context().clearCookies();
  await signInWithPassword(page, email, `/sign-in?callbackUrl=${encodeURIComponent("/classes")}`);
  await expect(page).toHaveURL(/\/classes$/);
  await page.context().clearCookies();
  await page.goto(`/sign-up?next=${encodeURIComponent("/classes")}`);
  await page.getByLabel("Name").fill("Ms Next");
  await page.getByLabel("Email", { exact: true }).fill(unique("next"));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("radio", { name: "Teacher" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your classes" })).toBeVisible();
});

test("a student still has the students' home", async ({ page }) => {
  await signUp(page, "Stu Dent", "Student");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Learn from what you read" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Your teaching" })).toHaveCount(0);
});
