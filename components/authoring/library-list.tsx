// The library's sets: each with its size, sources and maker, and for a teacher "Copy to my sets".
import Link from "next/link";
import type { SetSummary } from "@/lib/content/library";
import { routes } from "@/lib/routes";
import { CopySetForm } from "./copy-set-form";

export function LibraryList({
  sets,
  viewerId,
  canCopy,
}: {
  sets: SetSummary[];
  viewerId: string | null;
  canCopy: boolean;
}) {
  if (sets.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-black/20 p-6 text-muted dark:border-white/25">
        The library is empty: no set is public yet.
      </p>
    );
  }
  return (
    <ul className="space-y-3">
      {sets.map((set) => (
        <li key={set.id} className="space-y-2 rounded-lg border border-black/10 p-4 dark:border-white/15">
          <h2 className="text-lg font-semibold">
            <Link href={routes.set(set.id)} className="underline-offset-2 hover:underline">
              {set.title}
            </Link>
          </h2>
          <p className="text-sm text-muted">
            {set.questionCount} {set.questionCount === 1 ? "question" : "questions"} · Sources:{" "}
            {set.articles.map((a) => `${a.outlet ?? a.title}${a.translationNote ? " (translated)" : ""}`).join(", ")}
            {" · "}
            {set.ownerId === null
              ? "Footnote library"
              : set.ownerId === viewerId
                ? "Your set"
                : `By ${set.ownerName ?? "a teacher"}`}
          </p>
          <p>{set.description}</p>
          {canCopy && set.ownerId !== viewerId && <CopySetForm setId={set.id} title={set.title} />}
        </li>
      ))}
    </ul>
  );
}
