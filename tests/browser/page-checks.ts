// One check for every page a test visits, in the light and the dark theme: axe-core finds no serious or
// critical WCAG 2.2 A/AA violation, the page has an outline (one main landmark, one h1, no skipped heading
// level), nothing scrolls sideways, and a full-page screenshot is saved for a person to look at.
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

export const SCREENSHOTS = path.join("tests", "artifacts", "screenshots");

// Best-practice rules that give a page its outline; any violation of these fails, whatever its impact.
const OUTLINE_RULES = [
  "landmark-one-main",
  "page-has-heading-one",
  "heading-order",
  "region",
  "landmark-unique",
  "landmark-no-duplicate-banner",
  "landmark-no-duplicate-contentinfo",
];

async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical" || OUTLINE_RULES.includes(v.id))
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

function fileName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export async function checkPage(page: Page, name: string): Promise<void> {
  // After a client-side navigation (an answer's redirect) React sets the new <title> a moment after the
  // new content shows; check the page once it has one, and fail if it never gets one.
  await expect(page, `${name} has a title`).toHaveTitle(/\S/);
  const width = page.viewportSize()?.width;
  const project = test.info().project.name;
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeProblems(page), `${name} at ${width}px, ${colorScheme}`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width}px scrolls sideways by`).toBeLessThanOrEqual(0);
    const file = path.join(SCREENSHOTS, `${project}-${width}-${colorScheme}-${fileName(name)}`);
    await page.screenshot({ path: `${file}.png`, fullPage: true });
    // A long page shrinks to illegibility as one picture: keep its first screen too.
    if (await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight * 1.5))
      await page.screenshot({ path: `${file}-first-screen.png` });
  }
  await page.emulateMedia({ colorScheme: "light" });
}
