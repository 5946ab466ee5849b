import { describe, expect, it } from "vitest";
import { neighbouringWindows, PASSAGE_WINDOW, passageWindow } from "./passage-window";

describe("the editor's window of passages", () => {
  it("is the whole of a short article, and empty for an article without passages", () => {
    expect(passageWindow(3)).toEqual({ from: 1, to: 3 });
    expect(passageWindow(3, { focus: 3 })).toEqual({ from: 1, to: 3 });
    expect(passageWindow(0)).toEqual({ from: 1, to: 0 });
    expect(neighbouringWindows(passageWindow(3), 3)).toEqual({ before: undefined, after: undefined });
  });

  it("opens a little above the passage it is around, and never runs past either end", () => {
    expect(PASSAGE_WINDOW).toBe(60);
    expect(passageWindow(400, { focus: 200 })).toEqual({ from: 197, to: 256 });
    expect(passageWindow(400, { focus: 2 })).toEqual({ from: 1, to: 60 });
    // Near the end the window is short rather than opening far above the passage.
    expect(passageWindow(400, { focus: 400 })).toEqual({ from: 397, to: 400 });
    expect(passageWindow(400, { start: 0 })).toEqual({ from: 1, to: 60 });
    expect(passageWindow(400, { start: 9_999 })).toEqual({ from: 400, to: 400 });
    // A start asked for wins over the passage to be around.
    expect(passageWindow(400, { start: 61, focus: 300 })).toEqual({ from: 61, to: 120 });
  });

  it("links to the windows just before and after, which together reach every passage", () => {
    expect(neighbouringWindows({ from: 61, to: 120 }, 400)).toEqual({
      before: { from: 1, to: 60 },
      after: { from: 121, to: 180 },
    });
    // Near the start the window before overlaps this one; the last is short.
    expect(neighbouringWindows({ from: 30, to: 89 }, 100)).toEqual({
      before: { from: 1, to: 60 },
      after: { from: 90, to: 100 },
    });
    // Walking the "later" links from the first window visits every passage.
    const seen = new Set<number>();
    let w: { from: number; to: number } | undefined = passageWindow(250);
    while (w) {
      for (let n = w.from; n <= w.to; n++) seen.add(n);
      w = neighbouringWindows(w, 250).after;
    }
    expect(seen.size).toBe(250);
  });
});
