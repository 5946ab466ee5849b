import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DueForecast } from "@/components/due-forecast";
import { NewLimitForm } from "@/components/new-limit-form";
import { StartStudyForm } from "@/components/study/start-study-form";
import { getViewer } from "@/lib/auth/session";
import { getSet, getSetNow } from "@/lib/content/sets";
import { readableSetOrNull } from "@/lib/content/set-access";
import { ownerSetView } from "@/lib/authoring/set-owner-view";
import { appOrigin } from "@/lib/http/request-origin";
import { OwnerPanel } from "@/components/authoring/owner-panel";
import { CopySetForm } from "@/components/authoring/copy-set-form";
import { dueForecast, setProgress } from "@/lib/study/progress";
import { startStudyAction } from "@/lib/study/actions";
import { newPerDay } from "@/lib/study/queue";
import { TextLink } from "@/components/ui/text-link";
import { PageTitle } from "@/components/ui/page-title";
import { routes } from "@/lib/routes";
import { ExportSection } from "@/components/interchange/export-section";
import { exportMenu } from "@/lib/interchange/export-menu";

type Props = { params: Promise<{ setId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const set = await readableSetOrNull(await getViewer(), (await params).setId);
  return { title: set?.title ?? "Set not found" };
}

export default async function SetPage({ params, searchParams }: Props) {
  const [{ setId }, query] = await Promise.all([params, searchParams]);
  const viewer = await getViewer();
  // Who may read it, per viewer and never cached (lib/content/set-access.ts); its content is cached per set.
  const access = await readableSetOrNull(viewer, setId);
  const content = access && (await (access.isOwner ? getSetNow : getSet)(setId));
  if (!access || !content) notFound();
  const set = { ...content, title: access.title };
  const [owner, origin] = access.isOwner ? await Promise.all([ownerSetView(viewer, set.id), appOrigin()]) : [null, ""];
  // Issue 19: the Export list, for those who may export the set (lib/interchange/export-menu.ts).
  const exports = await exportMenu(access);
  const copyable =
    viewer?.role === "TEACHER" &&
    !viewer.isGuest &&
    !access.isOwner &&
    access.publishedAt !== null &&
    access.visibility !== "PRIVATE";
  const [progress, forecast, limit] = viewer
    ? await Promise.all([
        setProgress(viewer.id, undefined, [set.id]).then((p) => p.get(set.id)),
        dueForecast(viewer.id, set.id, viewer),
        newPerDay(viewer.id, set.id),
      ])
    : [undefined, null, null];

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <PageTitle className="tracking-tight">{set.title}</PageTitle>
        <p className="text-lg">{set.description}</p>
        <p className="text-sm text-muted">{set.questionCount} questions</p>
        {query.copy === "made" && (
          <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900 dark:bg-green-950 dark:text-green-200">
            Copied into your sets: this copy is yours, a private draft, with its own copies of the articles.
          </p>
        )}
        {query.copy === "refused" && (
          <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-200">
            This set cannot be copied: only published sets in the library or shared by link can.
          </p>
        )}
        {copyable && <CopySetForm setId={set.id} />}
      </header>
      {owner && <OwnerPanel view={owner} shareUrl={`${origin}${routes.set(set.id)}`} />}
      <section aria-labelledby="study-heading" className="space-y-3">
        <h2 id="study-heading" className="text-xl font-semibold">
          Study
        </h2>
        <StartStudyForm
          setId={set.id}
          action={startStudyAction}
          label={progress && progress.seen > 0 ? "Continue studying" : "Start studying"}
        />
        <p className="text-sm text-muted">Spaced repetition: questions come back just before you would forget them.</p>
        <p>
          <TextLink href={routes.practice(set.id)} className="font-medium">
            Practise every question
          </TextLink>{" "}
          <span className="text-sm text-muted">
            in shuffled order, for a test tomorrow; your schedule is not changed.
          </span>
        </p>
      </section>
      {progress && forecast && limit !== null && (
        <section aria-labelledby="progress-heading" className="space-y-4">
          <h2 id="progress-heading" className="text-xl font-semibold">
            Your progress
          </h2>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {[
              ["Due now", progress.due],
              ["New", progress.fresh],
              ["Seen", progress.seen],
              ["Mastered", progress.mastered],
            ].map(([label, value]) => (
              <div key={label} className="rounded-lg border border-black/10 p-3 dark:border-white/15">
                <dt className="text-sm text-muted">{label}</dt>
                <dd className="text-2xl font-semibold">{value}</dd>
              </div>
            ))}
          </dl>
          <DueForecast days={forecast} />
          <NewLimitForm setId={set.id} value={limit} saved={query.saved === "1"} invalid={query.limitError === "1"} />
        </section>
      )}
      <section aria-labelledby="sources-heading" className="space-y-2">
        <h2 id="sources-heading" className="text-xl font-semibold">
          Sources
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          {set.articles.map((article) => (
            <li key={article.id}>
              <TextLink href={routes.article(article.id)}>{article.title}</TextLink>{" "}
              <span className="text-sm text-muted">
                {article.outlet}
                {article.translationNote ? " · translated" : ""}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {exports && <ExportSection entries={exports} title={set.title} />}
    </article>
  );
}
