// The note that keyboard shortcuts exist, the dialog that lists them, and the script that runs them
// (public/study-keys.js). No React state: the study and practice pages have no React in the browser.
const KEYS: [string, string][] = [
  ["1 – 9", "choose an option, or grade a flashcard"],
  ["Enter", "check the answer, or go to the next question"],
  ["Space", "flip a flashcard"],
  ["U", "undo the last answer"],
  ["?", "show or hide these shortcuts"],
];

export function StudyShortcuts({ nonce }: { nonce: string | undefined }) {
  return (
    <>
      <script async src="/study-keys.js" nonce={nonce} />
      <p data-study-keys className="text-sm text-muted">
        Press <kbd className="rounded border px-1">?</kbd> for keyboard shortcuts.
      </p>
      <dialog
        id="study-shortcuts"
        aria-labelledby="shortcuts-heading"
        className="m-auto w-[calc(100%-2rem)] max-w-sm rounded-lg border border-black/15 bg-paper p-6 text-ink backdrop:bg-black/60 dark:border-white/25"
      >
        <h2 id="shortcuts-heading" className="mb-3 text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <dl className="space-y-1">
          {KEYS.map(([key, what]) => (
            <div key={key} className="flex gap-3">
              <dt className="w-16 shrink-0">
                <kbd className="rounded border px-1">{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog">
          <button type="submit" className="mt-4 rounded-lg border px-3 py-1">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
