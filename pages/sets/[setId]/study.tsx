// /sets/[setId]/study – the study loop. The one page on the Pages Router, so that it can ship no
// JavaScript framework: the App Router sends React and its router to every page, more than the budget
// of the page students load most allows (figures in the README's Performance section).
// Everything is rendered on the server; forms post to app/(study)/sets/[setId]/study/[step]/route.ts,
// and two small scripts (public/study-keys.js, public/plain-page.js) add the keyboard and loading touches.
import type { GetServerSideProps } from "next";
import Head from "next/head";
import { PlainNavigationStatus } from "@/components/plain-navigation-status";
import { SiteFrame } from "@/components/site-frame";
import { SiteHeaderView } from "@/components/site-header-view";
import { StudyView } from "@/components/study/study-view";
import { viewerFromCookies, type Viewer } from "@/lib/auth/viewer";
import { nonceOf } from "@/lib/http/nonce";
import { pageTitle, SITE_DESCRIPTION } from "@/lib/site";
import { studyPageView, type StudyPageView } from "@/lib/study/study-page";

// `runtime` keeps Next's generated check of the page config satisfied; unstable_runtimeJS is read by
// next/dist/server/render.js in production (`npm run dev` still hydrates the page).
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { view: StudyPageView; learner: Viewer | null; nonce: string | null };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export const getServerSideProps: GetServerSideProps<Props> = async ({ params, query, req, res }) => {
  const cookies = Object.entries(req.cookies).map(([name, value]) => ({ name, value: value ?? "" }));
  const learner = await viewerFromCookies(cookies);
  const view = await studyPageView(String(params?.setId), learner, {
    notice: first(query.notice),
    fields: first(query.fields),
    review: first(query.review),
    marked: first(query.marked),
    reveal: first(query.reveal),
  });
  if (view.kind === "missing") res.statusCode = 404;
  return { props: { view, learner, nonce: nonceOf({ get: (name) => first(req.headers[name]) ?? null }) ?? null } };
};

export default function StudyPage({ view, learner, nonce }: Props) {
  const title = view.kind === "missing" ? "Page not found" : `Study: ${view.set.title}`;
  return (
    <>
      <Head>
        <title>{pageTitle(title)}</title>
        <meta name="description" content={SITE_DESCRIPTION} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <SiteFrame status={<PlainNavigationStatus />} header={<SiteHeaderView learner={learner} />}>
        <StudyView view={view} nonce={nonce ?? undefined} />
      </SiteFrame>
      <script src="/plain-page.js" nonce={nonce ?? undefined} defer />
    </>
  );
}
