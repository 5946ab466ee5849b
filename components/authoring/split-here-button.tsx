"use client";
// "Split here": splits a passage where the teacher clicked in its text (the caret) or where their selection
// starts. Shown only once JavaScript runs; without it the teacher adds a blank line in the text editor.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { splitPassageAction } from "@/lib/authoring/article-actions";
import { PendingButton } from "@/components/ui/pending-button";

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
  const offset = useRef<number | null>(null);
  const input = useRef<HTMLInputElement>(null);

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
      offset.current = before.toString().length;
      if (input.current) input.current.value = String(offset.current);
      setHint(null);
    };
    document.addEventListener("selectionchange", remember);
    return () => document.removeEventListener("selectionchange", remember);
  }, [textId]);

  if (!ready) return null;
  return (
    <form
      action={splitPassageAction}
      onSubmit={(event) => {
        if (offset.current === null) {
          event.preventDefault();
          setHint("Click in the passage's text where it should split, then press Split here.");
        }
      }}
    >
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="key" value={passageKey} />
      <input ref={input} type="hidden" name="offset" defaultValue="" />
      <PendingButton
        className="rounded-lg border border-black/20 px-3 py-1 text-sm font-medium dark:border-white/25"
        pendingLabel="Splitting…"
      >
        Split here<span className="sr-only"> in passage {passageKey}</span>
      </PendingButton>
      {hint && (
        <p role="status" className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
    </form>
  );
}

const noSubscription = () => () => {};
