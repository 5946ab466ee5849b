// A form sent after what it names changed under it gets a message in the form, never the error page.
import Database from "better-sqlite3";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signUp } from "./people";

const database = path.join("data", "browser-test.db");

test("a teacher who assigns a set archived after the page loaded is told so in the form, and loses nothing", async ({
  page,
}) => {
  await signUp(page, "Mr Lindqvist", "Teacher");
  await page.goto("/classes");
  await page.getByLabel("Class name").fill("Stale form class");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Stale form class" })).toBeVisible();
  await page.getByRole("checkbox", { name: "The call itself" }).check();
  await page.getByLabel("Due time").fill("17:30");

  // The content changes while the page is open: the set is archived.
  const db = new Database(database);
  const archive = db.prepare(`UPDATE "QuestionSet" SET "archivedAt" = ? WHERE "id" = 'the-call'`);
  try {
    archive.run(new Date().toISOString());
    await page.getByRole("button", { name: "Assign" }).click();
    await expect(
      page.getByText("A set you chose is no longer available. Reload the page and choose again."),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Stale form class" })).toBeVisible();
    await expect(page.getByLabel("Due time")).toHaveValue("17:30");
    await expect(page.getByRole("checkbox", { name: "The call itself" })).toBeChecked();
    await expect(page.getByText(/^Assigned/)).toHaveCount(0);
  } finally {
    archive.run(null);
    db.close();
  }
});
