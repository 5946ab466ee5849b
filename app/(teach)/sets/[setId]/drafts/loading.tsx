// Drafting a long article takes a second or two the first time: the page says so while it is being made.
export default function DraftsLoading() {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <h1 className="font-serif text-3xl font-semibold">Drafted questions</h1>
      <p>Drafting questions from the article… A long article takes a second or two.</p>
      <div
        aria-hidden="true"
        className="h-2 w-48 animate-pulse rounded bg-black/10 motion-reduce:animate-none dark:bg-white/15"
      />
    </div>
  );
}
