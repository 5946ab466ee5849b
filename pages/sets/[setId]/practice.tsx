// /sets/[setId]/practice – every question of a set, graded, without touching the schedule. Like the study
// page (pages/sets/[setId]/study.tsx), on the Pages Router so that it ships no JavaScript framework: it is
// rendered on the server, its form posts to app/(study)/sets/[setId]/practice/[step]/route.ts, and the
// same two small scripts add the keyboard and loading touches.
import type { GetServerSideProps } from "next";
import Head from "next/head";
import { PlainNavigationStatus } from "@/components/plain-navigation-status";
import { SiteFrame } from "@/components/site-frame";
import { SiteHeaderView } from "@/components/site-header-view";
import { PracticeView } from "@/components/study/practice-view";
import { viewerFromCookies, type Viewer } from "@/lib/auth/viewer";
import { nonceOf } from "@/lib/http/nonce";
import { pageTitle, SITE_DESCRIPTION } from "@/lib/site";
import { practicePageView, type PracticePageView } from "@/lib/study/practice-page";

// As on the study page: `runtime` satisfies Next's page-config check; unstable_runtimeJS: false ships no React.
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { view: PracticePageView; learner: Viewer | null; nonce: string | null };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export const getServerSideProps: GetServerSideProps<Props> = async ({ params, query, req, res }) => {
  const cookies = Object.entries(req.cookies).map(([name, value]) => ({ name, value: value ?? "" }));
  const [learner, view] = await Promise.all([
    viewerFromCookies(cookies),
    practicePageView(String(params?.setId), {
      s: first(query.s),
      next: first(query.next),
      reveal: first(query.reveal),
      notice: first(query.notice),
    }),
  ]);
  if (view.kind === "missing") res.statusCode = 404;
  return { props: { view, learner, nonce: nonceOf({ get: (name) => first(req.headers[name]) ?? null }) ?? null } };
};

export default function PracticePage({ view, learner, nonce }: Props) {
  const title = view.kind === "missing" ? "Set not found" : `Practice: ${view.set.title}`;
  return (
    <>
      <Head>
        <title>{pageTitle(title)}</title>
        <meta name="description" content={SITE_DESCRIPTION} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <SiteFrame status={<PlainNavigationStatus />} header={<SiteHeaderView learner={learner} />}>
        <PracticeView view={view} nonce={nonce ?? undefined} />
      </SiteFrame>
      <script src="/plain-page.js" nonce={nonce ?? undefined} defer />
    </>
  );
}
