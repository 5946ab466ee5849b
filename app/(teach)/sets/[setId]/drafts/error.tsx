"use client";
// A failure of ours while drafting (an expected refusal, such as a set that is not yours, is a 404 instead).
export default function DraftsError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3">
      <h1 className="font-serif text-3xl font-semibold">Drafted questions</h1>
      <p>Something went wrong on our side while drafting questions from this article. Nothing was changed.</p>
      <button
        type="button"
        onClick={reset}
        className="rounded-lg bg-accent px-4 py-2 font-semibold text-white dark:text-black"
      >
        Try again
      </button>
    </div>
  );
}
