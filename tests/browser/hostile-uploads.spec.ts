// An upload built to make the article readers slow, on the production server: refused by name within the read's
// time limit while the server keeps answering other people (lib/authoring/read-bounded.ts); an ordinary file
// still reads through the same worker.
import { expect, test } from "@playwright/test";
import { signUp } from "./people";

test("a Markdown file of nested quotes is refused in time, and the site keeps answering meanwhile", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signUp(page, "Ms Mallory", "Teacher");
  await page.goto("/articles/new?way=upload");
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "deep.md",
    mimeType: "text/markdown",
    buffer: Buffer.from(`# Deep\n\n${">".repeat(100_000)} a\n`),
  });
  const uploaded = page.getByRole("button", { name: "Upload and add" }).click();
  // While the file is being read, another visitor's page arrives promptly.
  const other = await browser.newPage();
  await page.waitForTimeout(2_000);
  const started = Date.now();
  await other.goto("/library");
  expect(Date.now() - started).toBeLessThan(5_000);
  await other.close();
  await uploaded;
  await expect(page.getByText("This file took too long to read: it holds too much markup.")).toBeVisible({
    timeout: 40_000,
  });

  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "Harbour.md",
    mimeType: "text/markdown",
    buffer: Buffer.from("# Harbour reopens\n\nThe harbour reopened on *Monday*.\n"),
  });
  await page.getByRole("button", { name: "Upload and add" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Harbour reopens" })).toBeVisible({ timeout: 30_000 });
});
