import type { Metadata } from "next";
import { RetentionChart } from "@/components/charts/retention-chart";
import { ReviewHeatmap } from "@/components/charts/review-heatmap";
import { getViewer } from "@/lib/auth/session";
import { DESIRED_RETENTION } from "@/lib/srs/scheduler";
import { learnerHistory } from "@/lib/study/history";
import { TextLink } from "@/components/ui/text-link";
import { PageTitle } from "@/components/ui/page-title";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Your progress" };

export default async function ProgressPage() {
  const viewer = await getViewer();
  const history = viewer ? await learnerHistory(viewer.id, viewer) : null;
  if (!history || history.total === 0) {
    return (
      <div className="space-y-3">
        <PageTitle>Your progress</PageTitle>
        <p>Nothing to show yet: study a set and your reviews and retention will appear here.</p>
        <TextLink href={routes.home()}>Choose a set</TextLink>
      </div>
    );
  }
  return (
    <div className="space-y-8">
      <PageTitle>Your progress</PageTitle>
      <ReviewHeatmap days={history.days} />
      <RetentionChart weeks={history.weeks} target={DESIRED_RETENTION} />
    </div>
  );
}
