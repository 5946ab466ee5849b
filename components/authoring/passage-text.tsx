"use client";
// The shown article's passages in the set editor's pane, as plain text, each element naming its passage for the
// Cite button. The page carries a window of them (lib/authoring/passage-window.ts), numbered from the window's
// first by the list's `start`; once the page has loaded, the whole article is read from `source` (once per article
// shown) and replaces the window, which stays where it was on the screen. Without JavaScript, or if that read fails, the window stays with
// the links to the windows before and after it (`before`, `after`).
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";

type Props = {
  articleId: string;
  title: string;
  /** The number (from 1) of the window's first passage. */
  from: number;
  /** How many passages the article has. */
  total: number;
  /** The window's passages: a JSON array of [key, text] pairs, in order (one text: React decodes it at once). */
  passages: string;
  /** Where the whole article's passages are read: GET, answering { passages: [key, text][] }. */
  source: string;
  /** The links to the windows before and after this one, shown until the whole article is here. */
  before?: ReactNode;
  after?: ReactNode;
};

type Passage = [key: string, text: string];

function isPassageList(value: unknown): value is Passage[] {
  return (
    Array.isArray(value) &&
    value.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === "string" && typeof p[1] === "string")
  );
}

/** Where a passage brought into view is put: this far below the pane's top, in CSS pixels. */
const NEAR_TOP = 48;

/** The scrolling pane the list is in (ArticlePane's section). */
const paneOf = (list: HTMLElement | null) => list?.closest<HTMLElement>("[data-article-pane]") ?? null;

/** How far `element`'s top is below the top of `pane`'s visible area, in CSS pixels. */
const offsetIn = (element: Element, pane: Element) =>
  element.getBoundingClientRect().top - pane.getBoundingClientRect().top;

/** offsetIn, or a little below the pane's top when the element is out of its view: where it should be put back. */
function visibleOffset(element: Element, pane: HTMLElement): number {
  const offset = offsetIn(element, pane);
  return offset >= 0 && offset < pane.clientHeight ? offset : NEAR_TOP;
}

export function PassageText({ articleId, title, from, total, passages: json, source, before, after }: Props) {
  const windowed = useMemo(() => JSON.parse(json) as Passage[], [json]);
  const [whole, setWhole] = useState<Passage[] | null>(null);
  const [failed, setFailed] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  // The window's first passage and where it was on the screen, to put it back there once the whole article is in.
  const anchor = useRef<{ key: string; offset: number } | null>(null);
  const complete = windowed.length >= total;

  useEffect(() => {
    if (complete) return;
    const controller = new AbortController();
    fetch(source, { signal: controller.signal, headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((body: { passages?: unknown }) => {
        if (!isPassageList(body.passages)) throw new Error("not a list of passages");
        const first = list.current?.firstElementChild as HTMLElement | null | undefined;
        const pane = paneOf(list.current);
        anchor.current =
          first?.dataset.passageKey && pane
            ? { key: first.dataset.passageKey, offset: visibleOffset(first, pane) }
            : null;
        setWhole(body.passages);
      })
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true);
      });
    return () => controller.abort();
  }, [source, complete]);

  // Once the whole article is here, a new window asked for (the pane's links, or another question to edit) brings its
  // first passage to the pane's top; the first window (after a save, say) leaves the pane where the teacher had it.
  const focused = useRef(from);
  useLayoutEffect(() => {
    if (from === focused.current) return;
    focused.current = from;
    const pane = paneOf(list.current);
    const element = list.current?.children[from - 1];
    if (whole && from > 1 && pane && element) pane.scrollTop += offsetIn(element, pane) - NEAR_TOP;
  }, [from, whole]);

  useLayoutEffect(() => {
    const kept = anchor.current;
    anchor.current = null;
    if (!whole || !kept || !list.current) return;
    const element = [...list.current.children].find((li) => (li as HTMLElement).dataset.passageKey === kept.key);
    const pane = paneOf(list.current);
    if (element && pane) pane.scrollTop += offsetIn(element, pane) - kept.offset;
  }, [whole]);

  const shown = whole ?? windowed;
  return (
    <>
      {!whole && before}
      {failed && (
        <p role="status" className="text-sm text-muted">
          Showing passages {from}–{from + windowed.length - 1} of {total}: the rest did not load. Use the links, or
          reload the page.
        </p>
      )}
      {/* Kept small (the article may have 2,000 passages): the number is the list's marker, outside the selectable text. */}
      <ol
        ref={list}
        start={whole ? 1 : from}
        data-article-id={articleId}
        data-article-title={title}
        className="list-decimal space-y-3 pl-10 leading-relaxed whitespace-pre-line marker:text-xs marker:text-muted"
      >
        {shown.map(([key, text]) => (
          // dir="auto": a passage in Arabic or Hebrew reads right to left, its punctuation at its own end.
          <li key={key} data-passage-key={key} dir="auto">
            {text}
          </li>
        ))}
      </ol>
      {!whole && after}
    </>
  );
}
