// The set page's panel for the set's own teacher: where the set stands (draft or published, who may read
// it), its share link, the way to the editor, and the questions hidden from study until the teacher looks.
import { routes } from "@/lib/routes";
import { TextLink } from "@/components/ui/text-link";
import type { HoldReason, OwnerSetView } from "@/lib/authoring/set-owner-view";
import { CopyLinkField } from "./copy-link-field";

const VISIBILITY: Record<OwnerSetView["visibility"], string> = {
  PRIVATE: "Private: you, and students of classes you assign it to",
  LINK: "Shared by link: anyone with the link may study or copy it",
  PUBLIC: "Public: listed in the library for everyone",
};

const REASON: Record<HoldReason, string> = {
  check: "citation to check",
  orphaned: "citation orphaned",
  "no-citation": "no citation",
};

/** `shareUrl`: the set's absolute address, shown when it is shared by link or public. */
export function OwnerPanel({ view, shareUrl }: { view: OwnerSetView; shareUrl: string }) {
  const published = view.publishedAt !== null;
  const shared = view.visibility !== "PRIVATE";
  return (
    <section
      aria-labelledby="owner-heading"
      className="space-y-4 rounded-lg border border-black/10 p-4 dark:border-white/15"
    >
      <h2 id="owner-heading" className="text-xl font-semibold">
        Your set
      </h2>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="text-sm text-muted">Status</dt>
        <dd>
          {published ? "Published" : "Draft: only you can open it until you publish it; students cannot study it yet"}
        </dd>
        <dt className="text-sm text-muted">Who can read it</dt>
        <dd>{VISIBILITY[view.visibility]}</dd>
      </dl>
      {shared && (
        <div className="space-y-1">
          <CopyLinkField label="Share link" value={shareUrl} />
          {!published && <p className="text-sm text-muted">It opens for others once you publish the set.</p>}
        </div>
      )}
      <p className="flex flex-wrap gap-x-4 gap-y-1">
        <TextLink href={routes.editSet(view.id)} className="font-medium">
          Edit questions
        </TextLink>
      </p>
      <div className="space-y-2">
        <h3 className="font-semibold">
          {view.held.length === 0
            ? "Every question can be studied"
            : `${view.held.length} ${view.held.length === 1 ? "question is" : "questions are"} hidden from study`}
        </h3>
        {view.held.length > 0 && (
          <>
            <p className="text-sm">Needs your attention: students will not see these until you fix their citations.</p>
            <ul className="list-disc space-y-1 pl-5">
              {view.held.map((q) => (
                <li key={q.id}>
                  {q.prompt} <span className="text-sm text-muted">({REASON[q.reason]})</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
