import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { FeedbackBody } from "@/components/study/feedback-body";
import { PracticeResults } from "@/components/study/practice-results";
import { QuestionForm } from "@/components/study/question-form";
import { StudyShortcuts } from "@/components/study/study-shortcuts";
import { config } from "@/lib/config";
import { noticeText } from "@/lib/errors/notices";
import { nonceOf } from "@/lib/http/nonce";
import { getSet } from "@/lib/content/sets";
import { revealQuestion } from "@/lib/study/feedback";
import { practiceItem, startPractice } from "@/lib/study/practice";
import { practiceAnswerAction } from "@/lib/study/practice-actions";
import { decodePractice, encodePractice } from "@/lib/study/practice-token";

type Props = { params: Promise<{ setId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const set = await getSet((await params).setId);
  return { title: set ? `Practice: ${set.title}` : "Set not found" };
}

export default async function PracticePage({ params, searchParams }: Props) {
  const [{ setId }, query] = await Promise.all([params, searchParams]);
  const set = await getSet(setId);
  if (!set) notFound();
  const secret = config().authSecret;
  const decoded = query.s ? decodePractice(query.s, secret) : null;
  const state = decoded?.setId === set.id ? decoded : await startPractice(set.id);
  if (!state) notFound();
  const token = encodePractice(state, secret);
  const here = `/sets/${encodeURIComponent(set.id)}/practice?s=${token}`;
  const total = state.order.length;
  // A code from the URL, shown as its text; anything else in ?notice= is not shown at all.
  const notice = noticeText(query.notice);

  let body;
  if (state.last && query.next !== "1") {
    const revealed = await revealQuestion(state.last.questionId, state.last.correct ? state.last.given : null);
    body = revealed && (
      <section aria-labelledby="feedback-heading" className="space-y-5">
        <FeedbackBody revealed={revealed} given={state.last.given} verdict={state.last.correct ? "Right!" : "Not quite."} wrong={!state.last.correct} />
        <Link href={`${here}&next=1`} data-shortcut="next" className="inline-block rounded-lg bg-[var(--color-accent)] px-4 py-2 font-semibold text-white dark:text-black">
          {state.index < total ? "Next question" : "See your score"}
        </Link>
      </section>
    );
  } else if (state.index >= total) {
    const missed = (await Promise.all(state.missed.map((id) => revealQuestion(id)))).filter((q) => q !== null);
    body = <PracticeResults setId={set.id} score={state.score} total={total} missed={missed} />;
  } else {
    const current = await practiceItem(state);
    if (!current) notFound();
    const flipped = current.item.type === "FLASHCARD" && query.reveal === "1";
    body = (
      <QuestionForm
        item={current.item}
        action={practiceAnswerAction}
        hidden={{ setId: set.id, questionId: current.item.id, token }}
        revealHref={`${here}&next=1&reveal=1`}
        flashcard={flipped ? { back: current.back } : null}
      />
    );
  }

  return (
    <div>
      <header className="mb-6 space-y-1">
        <Link href={`/sets/${encodeURIComponent(set.id)}`} className="text-sm text-[var(--color-accent)] underline underline-offset-2">
          {set.title}
        </Link>
        <h1 className="sr-only">Practise {set.title}</h1>
        <p className="text-sm text-[var(--color-muted)]">
          Practice · question {Math.min(state.index + (state.last && query.next !== "1" ? 0 : 1), total)} of {total} · {state.score} right · your schedule is not changed
        </p>
      </header>
      {notice && <p role="status" className="mb-4 rounded-lg bg-[var(--color-accent)]/10 p-3">{notice}</p>}
      {body}
      <div className="mt-8"><StudyShortcuts nonce={nonceOf(await headers())} /></div>
    </div>
  );
}
