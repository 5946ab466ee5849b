// Ownership and sharing (issue 17), in the browser: a set shared by link opens for anyone with its address;
// a private set is not found for a stranger and opens for a student of a class it is assigned to; a teacher
// copies a library set into their own sets and sees its owner panel. Teachers' sets are written into the
// test server's database with Prisma (tests/support/teacher-content-cli.ts), as the set editor would leave them.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./people";

const SHOTS = "/tmp/shots-access";

/** One step of tests/support/teacher-content-cli.ts against the test server's database; its result. */
function content<T>(step: Record<string, unknown>): T {
  const out = execFileSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "tests/support/teacher-content-cli.ts", JSON.stringify(step)],
    { env: { ...process.env, DATABASE_URL: `file:${path.join("data", "browser-test.db")}` }, encoding: "utf8" },
  );
  return JSON.parse(out) as T;
}

type Made = { ownerId: string; setId: string; articleId: string };

/** Screenshots of the page at this project's width, light and dark, for a person to look at. */
async function shoot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const width = page.viewportSize()?.width;
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}-${colorScheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("a set shared by link opens for a signed-out visitor, and a guest studies it", async ({ page }) => {
  const shared = content<Made>({ op: "set", ownerName: "Ms Link", title: "Harbour by link", visibility: "LINK" });

  const response = await page.goto(`/sets/${shared.setId}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Harbour by link" })).toBeVisible();
  // Neither the owner's panel nor copying is for a visitor, and a link-shared set is not in the library.
  await expect(page.getByRole("heading", { name: "Your set" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Copy to my sets/ })).toHaveCount(0);
  await page.goto("/library");
  await expect(page.getByRole("link", { name: "Harbour by link" })).toHaveCount(0);

  await page.goto(`/sets/${shared.setId}`);
  await page.getByRole("button", { name: "Start studying" }).click();
  await expect(page.getByText("Harbour by link: how long did the ferries stop in 1947?")).toBeVisible();
  await page.getByRole("link", { name: "Show answer" }).click();
  await expect(page.getByText("Six weeks")).toBeVisible();
  await page.getByRole("button", { name: /Good/ }).click();
  await expect(page.getByText("the ferries stopped for six weeks").first()).toBeVisible();
  // The passage it cites opens too: the teacher's article, read through the set.
  await page
    .getByRole("link", { name: /Read in context/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Notes for Harbour by link" })).toBeVisible();
});

test("a private set is not found for another student, and opens for a student of a class it is assigned to", async ({
  page,
  browser,
}) => {
  const set = content<Made>({ op: "set", ownerName: "Mr Private", title: "Harbour, privately" });
  const classroom = content<{ joinCode: string }>({ op: "assign", ownerId: set.ownerId, setId: set.setId });

  await signUp(page, "Stranger Student", "Student");
  for (const address of [
    `/sets/${set.setId}`,
    `/sets/${set.setId}/study`,
    `/sets/${set.setId}/practice`,
    `/articles/${set.articleId}`,
  ]) {
    const response = await page.goto(address);
    expect(response?.status(), address).toBe(404);
    await expect(page.getByText("Harbour, privately")).toHaveCount(0);
  }
  // The library article the set cites opens, without the private set's question under its passage.
  await page.goto("/articles/cnn-biden-xi-call");
  await expect(page.getByText("Harbour, privately")).toHaveCount(0);

  const student = await (await browser.newContext()).newPage();
  await signUp(student, "Member Student", "Student");
  await student.goto(`/join/${classroom.joinCode}`);
  await student.getByRole("button", { name: "Join class" }).click();
  await student.getByRole("link", { name: "Study Harbour, privately" }).click();
  await expect(student.getByText("Harbour, privately: how long did the ferries stop in 1947?")).toBeVisible();
  await student.goto(`/sets/${set.setId}`);
  await expect(student.getByRole("heading", { level: 1, name: "Harbour, privately" })).toBeVisible();
  await expect(student.getByRole("button", { name: /Copy to my sets/ })).toHaveCount(0);
  await expect(student.getByRole("heading", { name: "Your set" })).toHaveCount(0);
  await student.goto("/articles/cnn-biden-xi-call");
  await student.getByText("questions cite this passage").first().click();
  await expect(student.getByText("Harbour, privately: on which day did Biden and Xi speak?")).toBeVisible();
});

test("a teacher copies a library set, and its owner panel shows a private draft with questions to fix", async ({
  page,
  browser,
}) => {
  await signUp(page, "Ms Copier", "Teacher");
  // A library set's page offers a teacher the copy too.
  await page.goto("/sets/the-call");
  await expect(page.getByRole("button", { name: "Copy to my sets" })).toBeVisible();
  await page.goto("/library");
  await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
  await shoot(page, "library-teacher");
  await page.getByRole("button", { name: "Copy to my sets: The call itself" }).click();
  await expect(page.getByText("Copied into your sets")).toBeVisible();
  const copyPath = new URL(page.url()).pathname;
  expect(copyPath).toMatch(/^\/sets\/[a-z2-7]{26}$/);
  const panel = page.getByRole("region", { name: "Your set" });
  await expect(panel).toContainText("Draft");
  await expect(panel).toContainText("Private");
  await expect(panel).toContainText("Every question can be studied");
  await expect(panel.getByLabel("Share link")).toHaveCount(0);

  // The copy is the teacher's own: nobody else can open it, even knowing the address.
  const other = await (await browser.newContext()).newPage();
  expect((await other.goto(copyPath))?.status()).toBe(404);

  // Shared by link, with a question held for a citation to check: the panel shows the link and the question.
  const copyId = copyPath.split("/").pop()!;
  const held = content<{ prompt: string }>({ op: "share-held", setId: copyId });
  await page.reload();
  await expect(panel).toContainText("Published");
  await expect(panel.getByLabel("Share link")).toHaveValue(new RegExp(`^http://localhost:\\d+${copyPath}$`));
  await expect(panel).toContainText("1 question is hidden from study");
  // The owner sees the change at once (no 30 s content cache for their own set): 11 left to study.
  await expect(page.getByText("11 questions", { exact: true })).toBeVisible();
  await expect(panel.getByRole("listitem")).toContainText(`${held.prompt} (citation to check)`);
  await shoot(page, "owner-panel");
  // Published and shared by link, it now opens for anyone with the address.
  expect((await other.goto(copyPath))?.status()).toBe(200);
});

test("a signed-out visitor's posts on a private set are refused without making them a guest", async ({
  playwright,
}) => {
  const set = content<Made>({ op: "set", ownerName: "Ms Closed", title: "Harbour, closed" });
  const shared = content<Made>({ op: "set", ownerName: "Ms Open", title: "Harbour, open", visibility: "LINK" });
  const visitor = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const post = (setId: string, step: string) =>
    visitor.post(`/sets/${setId}/study/${step}`, { form: { setId }, maxRedirects: 0 });

  for (const step of ["start", "undo", "answer", "adjust", "overrule"]) {
    const refused = await post(set.setId, step);
    expect(refused.status(), step).toBe(303);
    expect(refused.headers()["set-cookie"] ?? "", step).not.toMatch(/session-token/);
  }
  expect((await visitor.storageState()).cookies.filter((c) => c.name.includes("session-token"))).toEqual([]);

  // A set anybody may read still makes the visitor a guest on "Start studying".
  const started = await post(shared.setId, "start");
  expect(started.status()).toBe(303);
  expect(started.headers()["set-cookie"] ?? "").toMatch(/session-token/);
  await visitor.dispose();
});
