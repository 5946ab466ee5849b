// Keyboard-only navigation for browser tests: Tab until an element has focus, as a person would, and
// check that the focus can be seen there.
import { expect, type Locator, type Page } from "@playwright/test";

export async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return expectFocusVisible(target);
  }
  await expect(target, `reached by Tab within ${maxPresses} presses`).toBeFocused();
}

/** The focused element shows a focus ring: an outline at least 2 px wide. */
export async function expectFocusVisible(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return style.outlineStyle === "none" ? "no outline" : `${parseFloat(style.outlineWidth)}px`;
  });
  expect(ring, "focus ring width").toMatch(/^([2-9]|\d\d)/);
}

/** Tab to a text field and type into it with the keyboard. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/**
 * Waits until the study and practice pages' keys script (public/study-keys.js, loaded async) has run: a
 * shortcut pressed before then does nothing, which a test on a busy machine would read as a failure.
 */
export async function studyKeysReady(page: Page): Promise<void> {
  await page.waitForFunction(() => "footnoteStudyKeys" in window);
}
