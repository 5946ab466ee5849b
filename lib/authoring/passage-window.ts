// Issue 17, the set editor's speed: its article pane is sent a window of the shown article's passages, not all of
// them (an article may have 2,000). The page then weighs the same for a long article as for a short one; the rest
// of the article comes after the page (GET routes.editorPassages), or through links to the windows before and
// after without JavaScript.

/** How many passages the editor's page carries. */
export const PASSAGE_WINDOW = 60;

/** How many passages of the window come before the one it is opened around, so that one is near its top. */
const LEAD = 3;

/** A window of passages: the numbers (from 1, as the pane shows them) of its first and last passage. */
export type PassageWindow = { from: number; to: number };

/**
 * The window of an article of `total` passages (0 or more) to show: the one starting at passage `start` when
 * asked for (a link of the pane), else the one starting a little above passage `focus` (the citation being
 * edited), else the first. Numbers count from 1; a start before the first passage is the first, one past the last
 * is the last; the window ends at the article's end, so the last one may be short. An article without passages
 * has the window { from: 1, to: 0 }.
 */
export function passageWindow(total: number, ask: { start?: number; focus?: number } = {}): PassageWindow {
  const wanted = ask.start ?? (ask.focus === undefined ? 1 : ask.focus - LEAD);
  const from = Math.min(Math.max(1, Math.floor(wanted)), Math.max(1, total));
  return { from, to: Math.min(total, from + PASSAGE_WINDOW - 1) };
}

/** The windows just before and after `window` in an article of `total` passages; undefined where there is none. */
export function neighbouringWindows(
  window: PassageWindow,
  total: number,
): { before?: PassageWindow; after?: PassageWindow } {
  return {
    before: window.from > 1 ? passageWindow(total, { start: window.from - PASSAGE_WINDOW }) : undefined,
    after: window.to < total ? passageWindow(total, { start: window.to + 1 }) : undefined,
  };
}
