"use client";
// The one convenience that needs JavaScript in the set editor: the teacher selects the evidence in the
// article pane and presses Cite; this reads the selection, finds its passage (data-passage-key on each
// passage's element, data-article-id on their list, numbered from the list's `start`) and its UTF-16 offsets in the
// passage's text, and fills the form's passage (number and id), quote and offset fields. The server takes the quote
// from the stored passage at those offsets, never from here.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";

type Captured =
  { passageId: string; number: number; label: string; start: number; end: number; text: string } | { error: string };

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
  return {
    passageId: `${article.dataset.articleId}/${passage.dataset.passageKey}`,
    number,
    label,
    start,
    end,
    text,
  };
}

const noChange = () => () => {};

/**
 * "Cite" for the question form it sits in: fills citePassage (the passage's number, from 1) and, hidden, the
 * passage's id and that number again (citePassageId, citedNumber: the server then knows the number is Cite's),
 * citeQuote, citeStart and citeEnd (UTF-16 offsets in the passage's text) from the selection.
 */
/** What Cite fills in that the teacher does not see, as the form sends it: the passage's id, the number Cite gave it, offsets. */
type CitedFields = { citePassageId: string; citedNumber: string; citeStart: string; citeEnd: string };

/**
 * `initial`: the hidden fields' values when the form is drawn (a refused save's, or a draft's). They are this
 * component's state, not inputs React redraws from props: a hidden input's value is its attribute, which React
 * would set back on every render of the page (showing another article, say) and so lose what Cite filled in.
 */
export function CiteButton({ initial }: { initial: CitedFields }) {
  // False in the server's HTML: without JavaScript there is nothing to press.
  const ready = useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
  const [message, setMessage] = useState("");
  const [cited, setCited] = useState(initial);
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

  const hidden = (
    <>
      {Object.entries(cited).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
  if (!ready) return hidden;
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
    setCited({
      citePassageId: captured.passageId,
      citedNumber: String(captured.number),
      citeStart: String(captured.start),
      citeEnd: String(captured.end),
    });
    set("citePassage", String(captured.number));
    set("citeQuote", captured.text);
    setMessage(`Cited “${captured.text}” from ${captured.label}.`);
  };
  return (
    <div className="space-y-1">
      {hidden}
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
