import { connection } from "next/server";
import { SetList } from "@/components/set-list";
import { getLearner } from "@/lib/auth/session";
import { listSets } from "@/lib/library";
import { setProgress } from "@/lib/study/progress";

export default async function HomePage() {
  await connection();
  const learner = await getLearner();
  const [sets, progress] = await Promise.all([listSets(), learner ? setProgress(learner.id) : null]);
  return (
    <div className="space-y-8">
      <section aria-labelledby="intro-heading" className="space-y-3">
        <h1 id="intro-heading" className="font-serif text-3xl font-semibold tracking-tight sm:text-4xl">
          Learn from what you read
        </h1>
        <p className="text-lg text-[var(--color-muted)]">
          Footnote turns source articles into question sets you study with spaced repetition. Every answer links
          back to the exact passage it came from, so when you miss a question you read the evidence.
        </p>
      </section>
      <section aria-labelledby="sets-heading" className="space-y-3">
        <h2 id="sets-heading" className="font-serif text-2xl font-semibold">
          Question sets
        </h2>
        <SetList sets={sets} progress={progress} />
      </section>
    </div>
  );
}
