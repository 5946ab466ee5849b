import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StartStudyForm } from "@/components/study/start-study-form";
import { AnswerFeedback } from "@/components/study/answer-feedback";
import { QuestionForm } from "@/components/study/question-form";
import { StudyShortcuts } from "@/components/study/study-shortcuts";
import { getLearner } from "@/lib/auth/session";
import { getSet } from "@/lib/sets";
import { answerAction } from "@/lib/study/actions";
import { answerToken } from "@/lib/study/answer-token";
import { getFeedback } from "@/lib/study/feedback";
import { revealFlashcard } from "@/lib/study/flashcard";
import { studyQueue } from "@/lib/study/queue";

type Props = { params: Promise<{ setId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const set = await getSet((await params).setId);
  return { title: set ? `Study: ${set.title}` : "Set not found" };
}

export default async function StudyPage({ params, searchParams }: Props) {
  const [{ setId }, query] = await Promise.all([params, searchParams]);
  const [set, learner] = await Promise.all([getSet(setId), getLearner()]);
  if (!set) notFound();

  const header = (
    <header className="mb-6 space-y-1">
      <Link href={`/sets/${encodeURIComponent(set.id)}`} className="text-sm text-[var(--color-accent)] underline underline-offset-2">
        {set.title}
      </Link>
      <h1 className="sr-only">Study {set.title}</h1>
    </header>
  );
  if (!learner) {
    return (
      <div>
        {header}
        <p className="mb-4">Study right away: no account needed. Your progress is saved on this device.</p>
        <StartStudyForm setId={set.id} label="Start studying" />
      </div>
    );
  }

  const notice = query.notice && <p role="status" className="mb-4 rounded-lg bg-[var(--color-accent)]/10 p-3">{query.notice}</p>;
  const feedback = query.review ? await getFeedback(learner.id, query.review) : null;
  if (feedback) {
    return (
      <div>
        {header}
        {notice}
        <AnswerFeedback setId={set.id} feedback={feedback} marked={query.marked === "1"} />
        <div className="mt-8"><StudyShortcuts /></div>
      </div>
    );
  }

  const queue = await studyQueue(learner.id, set.id);
  if (!queue.next) {
    return (
      <div className="space-y-4">
        {header}
        {notice}
        <h2 className="font-serif text-2xl font-semibold">All done for now</h2>
        <p>Nothing is due in this set, and you have met today&apos;s limit of new questions. Come back later, or practise every question without touching your schedule.</p>
        <div className="flex flex-wrap gap-3">
          <Link href={`/sets/${encodeURIComponent(set.id)}`} className="rounded-lg border px-4 py-2 font-semibold">Back to the set</Link>
          <Link href="/" className="rounded-lg border px-4 py-2 font-semibold">All sets</Link>
        </div>
      </div>
    );
  }
  const flashcard = query.reveal === queue.next.id ? await revealFlashcard(learner.id, queue.next.id) : null;
  return (
    <div>
      {header}
      {notice}
      <p className="mb-4 text-sm text-[var(--color-muted)]" aria-live="polite">
        {queue.due} due · {queue.newLeft} new left today
      </p>
      <QuestionForm
        item={queue.next}
        action={answerAction}
        hidden={{ setId: set.id, questionId: queue.next.id, ...answerToken() }}
        revealHref={`?reveal=${encodeURIComponent(queue.next.id)}`}
        flashcard={flashcard}
      />
      <div className="mt-8"><StudyShortcuts /></div>
    </div>
  );
}
