import type { SetSummary } from "@/lib/library";

export function SetList({ sets }: { sets: SetSummary[] }) {
  if (sets.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-black/20 p-6 text-[var(--color-muted)] dark:border-white/25">
        No question sets yet. Add an article and a set under <code>content/</code> (see content/README.md) and
        restart; they will be listed here.
      </p>
    );
  }
  return (
    <ul className="space-y-3">
      {sets.map((set) => (
        <li key={set.id} className="rounded-lg border border-black/10 p-4 dark:border-white/15">
          <h3 className="text-lg font-semibold">{set.title}</h3>
          <p className="text-sm text-[var(--color-muted)]">
            {set.questionCount} {set.questionCount === 1 ? "question" : "questions"} · Sources:{" "}
            {set.articles.map((a) => `${a.outlet ?? a.title}${a.translationNote ? " (translated)" : ""}`).join(", ")}
          </p>
          <p className="mt-1">{set.description}</p>
        </li>
      ))}
    </ul>
  );
}
