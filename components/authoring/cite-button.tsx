"use client";
// The one convenience that needs JavaScript in the set editor: the teacher selects the evidence in the
// article pane and presses Cite; this reads the selection, finds its passage (data-passage-key on each
// passage's element, data-article-id on their list, numbered from the list's `start`) and its UTF-16 offsets in the
// passage's text, and fills the form's article, passage number, quote and offset fields. The server takes the quote
// from the stored passage at those offsets, never from here.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";

type Captured =
  { articleId: string; number: number; label: string; start: number; end: number; text: string } | { error: string };

function passageOf(node: Node | null): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>("[data-passage-key]") ?? null;
}

function capture(selection: Selection): Captured | null {
  if (selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const passage = passageOf(range.startContainer);
  if (!passage) return passageOf(range.endContainer) ? { error: "Start the selection inside a passage." } : null;
  const before = document.createRange();
  before.selectNodeContents(passage);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const textLength = (passage.textContent ?? "").length;
  // A triple-click ends the range at the start of the next element: the passage's end is meant.
  let end = textLength;
  if (passage.contains(range.endContainer)) {
    const upTo = document.createRange();
    upTo.selectNodeContents(passage);
    upTo.setEnd(range.endContainer, range.endOffset);
    end = upTo.toString().length;
  } else if (passageOf(range.endContainer) && range.endOffset > 0) {
    return { error: "Select words within one passage." };
  }
  const text = (passage.textContent ?? "").slice(start, end).trim();
  if (!text) return null;
  const article = passage.closest<HTMLOListElement>("ol[data-article-id]");
  if (!article?.dataset.articleId) return null;
  // The pane may show a window of the article: its list starts at that window's first passage.
  const number = article.start + [...article.children].indexOf(passage);
  const label = `${article.dataset.articleTitle}, ¶${number}`;
  return { articleId: article.dataset.articleId, number, label, start, end, text };
}

const noChange = () => () => {};

/**
 * "Cite" for the question form it sits in: fills citeArticle, citePassage (the passage's number, from 1), citeQuote,
 * citeStart and citeEnd (UTF-16 offsets in the passage's text) from the selection.
 */
export function CiteButton() {
  // False in the server's HTML: without JavaScript there is nothing to press.
  const ready = useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
  const [message, setMessage] = useState("");
  const last = useRef<Captured | null>(null);

  useEffect(() => {
    const remember = () => {
      const selection = document.getSelection();
      const captured = selection && capture(selection);
      if (captured) last.current = captured;
    };
    // Kept as the selection changes: pressing the button (or tabbing to it) may clear the selection first.
    document.addEventListener("selectionchange", remember);
    return () => document.removeEventListener("selectionchange", remember);
  }, []);

  if (!ready) return null;
  const cite = (button: HTMLButtonElement) => {
    const form = button.form;
    const captured = last.current;
    if (!form || !captured) {
      setMessage("Select the words that are the evidence in the article first, then press Cite.");
      return;
    }
    if ("error" in captured) {
      setMessage(captured.error);
      return;
    }
    const set = (name: string, value: string) => {
      const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null;
      if (field) field.value = value;
    };
    set("citeArticle", captured.articleId);
    set("citePassage", String(captured.number));
    set("citeQuote", captured.text);
    set("citeStart", String(captured.start));
    set("citeEnd", String(captured.end));
    setMessage(`Cited “${captured.text}” from ${captured.label}.`);
  };
  return (
    <div className="space-y-1">
      <button
        type="button"
        onClick={(event) => cite(event.currentTarget)}
        aria-describedby="cite-hint"
        className="rounded-lg border border-accent px-3 py-1 font-medium text-accent"
      >
        Cite
      </button>
      <p id="cite-hint" className="text-sm text-muted">
        Select the evidence in the article, then press Cite.
      </p>
      <p aria-live="polite" className="text-sm">
        {message}
      </p>
    </div>
  );
}
