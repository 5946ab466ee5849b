"use client";
// Keyboard shortcuts layered on the study forms, which work without them: digits pick an option or a
// grade, Enter submits or moves on, Space flips a card, U undoes, ? lists the keys.
import { useEffect, useRef, useState } from "react";

const KEYS: [string, string][] = [
  ["1 – 9", "choose an option, or grade a flashcard"],
  ["Enter", "check the answer, or go to the next question"],
  ["Space", "flip a flashcard"],
  ["U", "undo the last answer"],
  ["?", "show or hide these shortcuts"],
];

function click(selector: string): boolean {
  const element = document.querySelector<HTMLElement>(selector);
  element?.click();
  return Boolean(element);
}

export function StudyShortcuts() {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (open) dialog.current?.showModal();
    else dialog.current?.close();
  }, [open]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement;
      const typing = target.matches("input[type=text], textarea");
      if (event.key === "?" && !typing) return setOpen((o) => !o);
      if (typing) return;
      if (/^[1-9]$/.test(event.key)) {
        const choice = document.querySelector<HTMLInputElement>(`[data-choice="${event.key}"]`);
        if (choice) {
          choice.checked = true;
          choice.focus();
        } else click(`[data-grade="${event.key}"]`);
        return;
      }
      const key = event.key.toLowerCase();
      if (key === "u" && click('[data-shortcut="undo"]')) event.preventDefault();
      else if (key === " " && click('[data-shortcut="flip"]')) event.preventDefault();
      else if (key === "enter" && !target.matches("button, a, summary")) {
        const form = document.querySelector<HTMLFormElement>("form[data-study-form]");
        if (form) form.requestSubmit();
        else click('[data-shortcut="next"]');
        event.preventDefault();
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <p className="text-sm text-[var(--color-muted)]">
        Press <kbd className="rounded border px-1">?</kbd> for keyboard shortcuts.
      </p>
      <dialog ref={dialog} onClose={() => setOpen(false)} aria-labelledby="shortcuts-heading" className="m-auto w-[calc(100%-2rem)] max-w-sm rounded-lg border border-black/15 bg-[var(--color-paper)] p-6 text-[var(--color-ink)] backdrop:bg-black/60 dark:border-white/25">
        <h2 id="shortcuts-heading" className="mb-3 text-lg font-semibold">Keyboard shortcuts</h2>
        <dl className="space-y-1">
          {KEYS.map(([key, what]) => (
            <div key={key} className="flex gap-3">
              <dt className="w-16 shrink-0"><kbd className="rounded border px-1">{key}</kbd></dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <button type="button" onClick={() => setOpen(false)} className="mt-4 rounded-lg border px-3 py-1">Close</button>
      </dialog>
    </>
  );
}
