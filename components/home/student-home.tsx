import { AssignmentList } from "@/components/classes/assignment-list";
import { SetList } from "@/components/set-list";
import { PageTitle } from "@/components/ui/page-title";
import type { Viewer } from "@/lib/auth/viewer";
import { UTC } from "@/lib/calendar/zones";
import { studentAssignments } from "@/lib/classes/assignments";
import { memberClassName } from "@/lib/classes/classes";
import { listSets } from "@/lib/content/library";
import { setProgress } from "@/lib/study/progress";

/**
 * The home of a student, a guest or someone signed out: their assignments and the library's sets with their
 * progress. `joined` is a class id from the URL (its name is shown only to a member); `deleted` says the account was just deleted.
 */
export async function StudentHome({
  viewer,
  joined,
  deleted,
}: {
  viewer: Viewer | null;
  joined?: string;
  deleted: boolean;
}) {
  const [sets, progress, assignments, joinedName] = await Promise.all([
    listSets(),
    viewer ? setProgress(viewer.id) : null,
    viewer && !viewer.isGuest ? studentAssignments(viewer) : [],
    joined ? memberClassName(viewer, joined) : null,
  ]);
  return (
    <div className="space-y-8">
      {joinedName && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900 dark:bg-green-950 dark:text-green-200">
          You joined {joinedName}.
        </p>
      )}
      {deleted && (
        <p role="status" className="rounded-lg bg-accent/10 p-3">
          Your account and its data were deleted.
        </p>
      )}
      <section aria-labelledby="intro-heading" className="space-y-3">
        <PageTitle id="intro-heading" className="tracking-tight sm:text-4xl">
          Learn from what you read
        </PageTitle>
        <p className="text-lg text-muted">
          Footnote turns source articles into question sets you study with spaced repetition. Every answer links back to
          the exact passage it came from, so when you miss a question you read the evidence.
        </p>
      </section>
      {assignments.length > 0 && (
        <section aria-labelledby="assignments-heading" className="space-y-3">
          <h2 id="assignments-heading" className="font-serif text-2xl font-semibold">
            Your assignments
          </h2>
          <AssignmentList assignments={assignments} timeZone={viewer?.timeZone ?? UTC} />
        </section>
      )}
      <section aria-labelledby="sets-heading" className="space-y-3">
        <h2 id="sets-heading" className="font-serif text-2xl font-semibold">
          Question sets
        </h2>
        <SetList sets={sets} progress={progress} timeZone={viewer?.timeZone ?? UTC} />
      </section>
    </div>
  );
}
