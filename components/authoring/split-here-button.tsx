"use client";
// "Split here": splits a passage where the teacher clicked in its text (the caret) or where their selection
// starts. Shown only once JavaScript runs; without it the teacher adds a blank line in the text editor.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { splitPassageAction } from "@/lib/authoring/article-actions";

/** `textId`: the id of the element holding the passage's text, a single text node (React text only). */
export function SplitHereButton({
  articleId,
  passageKey,
  textId,
}: {
  articleId: string;
  passageKey: string;
  textId: string;
}) {
  // False while rendered on the server and during hydration, true once JavaScript runs.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [hint, setHint] = useState<string | null>(null);
  // Where to split, as the form sends it: "" until the teacher has clicked or selected in this passage.
  const [offset, setOffset] = useState("");
  const form = useRef<HTMLFormElement>(null);
  const [splitting, setSplitting] = useState(false);

  useEffect(() => {
    // Pressing the button may move the selection; remember the last place chosen inside this passage.
    const remember = () => {
      const selection = document.getSelection();
      const element = document.getElementById(textId);
      if (!selection || selection.rangeCount === 0 || !element) return;
      const range = selection.getRangeAt(0);
      if (!element.contains(range.startContainer)) return;
      const before = document.createRange();
      before.selectNodeContents(element);
      before.setEnd(range.startContainer, range.startOffset);
      setOffset(String(before.toString().length));
      setHint(null);
    };
    document.addEventListener("selectionchange", remember);
    return () => document.removeEventListener("selectionchange", remember);
  }, [textId]);

  if (!ready) return null;
  return (
    <form ref={form} action={splitPassageAction}>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="key" value={passageKey} />
      <input type="hidden" name="offset" value={offset} />
      {/* A plain button, not a submit: the form is sent only once a place in the passage is chosen. */}
      <button
        type="button"
        disabled={splitting}
        onClick={() => {
          if (offset === "") {
            setHint("Click in the passage's text where it should split, then press Split here.");
            return;
          }
          setSplitting(true);
          form.current?.requestSubmit();
        }}
        className="rounded-lg border border-black/20 px-3 py-1 text-sm font-medium disabled:opacity-60 dark:border-white/25"
      >
        {splitting ? "Splitting…" : "Split here"}
        <span className="sr-only"> in passage {passageKey}</span>
      </button>
      {hint && (
        <p role="status" className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
    </form>
  );
}

const noSubscription = () => () => {};
