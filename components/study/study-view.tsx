// The study page's content for each thing it can show (lib/study/study-page.ts). Markup only: the page
// has no React in the browser, its forms post to app/(study)/sets/[setId]/study/[step]/route.ts.
import Link from "next/link";
import { NotFoundNotice } from "@/components/not-found-notice";
import type { StudyPageView } from "@/lib/study/study-page";
import { AnswerFeedback } from "./answer-feedback";
import { QuestionForm } from "./question-form";
import { StartStudyForm } from "./start-study-form";
import { StudyShortcuts } from "./study-shortcuts";
import { TextLink } from "@/components/ui/text-link";
import { routes } from "@/lib/routes";

const button = "rounded-lg border px-4 py-2 font-semibold";

export function StudyView({ view, nonce }: { view: StudyPageView; nonce: string | undefined }) {
  if (view.kind === "missing") return <NotFoundNotice />;
  const { set } = view;
  const header = (
    <header className="mb-6 space-y-1">
      <TextLink href={routes.set(set.id)} className="text-sm">
        {set.title}
      </TextLink>
      <h1 className="sr-only">Study {set.title}</h1>
    </header>
  );
  if (view.kind === "visitor") {
    return (
      <div>
        {header}
        <p className="mb-4">Study right away: no account needed. Your progress is saved on this device.</p>
        <StartStudyForm setId={set.id} action={routes.studyStep(set.id, "start")} label="Start studying" />
      </div>
    );
  }

  const notice = view.notice && (
    <p role="status" className="mb-4 rounded-lg bg-accent/10 p-3">
      {view.notice}
    </p>
  );
  const shortcuts = (
    <div className="mt-8">
      <StudyShortcuts nonce={nonce} />
    </div>
  );
  if (view.kind === "feedback") {
    return (
      <div>
        {header}
        {notice}
        <AnswerFeedback setId={set.id} feedback={view.feedback} marked={view.marked} />
        {shortcuts}
      </div>
    );
  }
  if (view.kind === "done") {
    return (
      <div className="space-y-4">
        {header}
        {notice}
        <h2 className="font-serif text-2xl font-semibold">All done for now</h2>
        <p>
          Nothing is due in this set, and you have met today&apos;s limit of new questions. Come back later, or practise
          every question without touching your schedule.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href={routes.set(set.id)} className={button}>
            Back to the set
          </Link>
          <Link href={routes.home()} className={button}>
            All sets
          </Link>
        </div>
      </div>
    );
  }
  return (
    <div>
      {header}
      {notice}
      <p className="mb-4 text-sm text-muted" aria-live="polite">
        {view.due} due · {view.newLeft} new left today
      </p>
      <QuestionForm
        item={view.item}
        action={routes.studyStep(set.id, "answer")}
        hidden={{ questionId: view.item.id, ...view.token }}
        revealHref={routes.study(set.id, { reveal: view.item.id })}
        flashcard={view.flashcard}
      />
      {shortcuts}
    </div>
  );
}
