// The practice page's content for each thing it can show (lib/study/practice-page.ts). Markup only, as
// the study page's (components/study/study-view.tsx): no React in the browser, and its one form posts to
// app/(study)/sets/[setId]/practice/[step]/route.ts.
import Link from "next/link";
import { TextLink } from "@/components/ui/text-link";
import { NotFoundNotice } from "@/components/not-found-notice";
import { routes } from "@/lib/routes";
import type { PracticePageView } from "@/lib/study/practice-page";
import { FeedbackBody } from "./feedback-body";
import { PracticeResults } from "./practice-results";
import { QuestionForm } from "./question-form";
import { StudyShortcuts } from "./study-shortcuts";

export function PracticeView({ view, nonce }: { view: PracticePageView; nonce: string | undefined }) {
  if (view.kind === "missing") return <NotFoundNotice />;
  const { set, progress, notice } = view;
  let body;
  if (view.kind === "feedback") {
    body = view.revealed && (
      <section aria-labelledby="feedback-heading" className="space-y-5">
        <FeedbackBody
          revealed={view.revealed}
          given={view.given}
          verdict={view.correct ? "Right!" : "Not quite."}
          wrong={!view.correct}
        />
        <Link
          href={view.nextHref}
          data-shortcut="next"
          className="inline-block rounded-lg bg-accent px-4 py-2 font-semibold text-white dark:text-black"
        >
          {view.finished ? "See your score" : "Next question"}
        </Link>
      </section>
    );
  } else if (view.kind === "results") {
    body = <PracticeResults setId={set.id} score={view.score} total={view.total} missed={view.missed} />;
  } else {
    body = (
      <QuestionForm
        item={view.item}
        action={routes.practiceStep(set.id, "answer")}
        hidden={{ questionId: view.item.id, token: view.token }}
        revealHref={view.revealHref}
        flashcard={view.flashcard}
      />
    );
  }
  return (
    <div>
      <header className="mb-6 space-y-1">
        <TextLink href={routes.set(set.id)} className="text-sm">
          {set.title}
        </TextLink>
        <h1 className="sr-only">Practise {set.title}</h1>
        <p className="text-sm text-muted">
          Practice · question {progress.position} of {progress.total} · {progress.score} right · your schedule is not
          changed
        </p>
      </header>
      {notice && (
        <p role="status" className="mb-4 rounded-lg bg-accent/10 p-3">
          {notice}
        </p>
      )}
      {body}
      <div className="mt-8">
        <StudyShortcuts nonce={nonce} />
      </div>
    </div>
  );
}
