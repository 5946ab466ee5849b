// Keyboard-only navigation for browser tests: Tab until an element has focus, as a person would.
import { expect, type Locator, type Page } from "@playwright/test";

export async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  await expect(target, `reached by Tab within ${maxPresses} presses`).toBeFocused();
}
