import type { Metadata } from "next";
import Link from "next/link";
import { RetentionChart } from "@/components/charts/retention-chart";
import { ReviewHeatmap } from "@/components/charts/review-heatmap";
import { getViewer } from "@/lib/auth/session";
import { DESIRED_RETENTION } from "@/lib/srs/scheduler";
import { learnerHistory } from "@/lib/study/history";

export const metadata: Metadata = { title: "Your progress" };

export default async function ProgressPage() {
  const learner = await getViewer();
  const history = learner ? await learnerHistory(learner.id, learner) : null;
  if (!history || history.total === 0) {
    return (
      <div className="space-y-3">
        <h1 className="font-serif text-3xl font-semibold">Your progress</h1>
        <p>Nothing to show yet: study a set and your reviews and retention will appear here.</p>
        <Link href="/" className="text-[var(--color-accent)] underline underline-offset-2">Choose a set</Link>
      </div>
    );
  }
  return (
    <div className="space-y-8">
      <h1 className="font-serif text-3xl font-semibold">Your progress</h1>
      <ReviewHeatmap days={history.days} />
      <RetentionChart weeks={history.weeks} target={DESIRED_RETENTION} />
    </div>
  );
}
