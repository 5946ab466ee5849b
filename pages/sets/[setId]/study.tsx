// /sets/[setId]/study – the study loop. On the Pages Router, with practice, so that it can ship no
// JavaScript framework: the App Router sends React and its router to every page, more than the budget
// of the page students load most allows (figures in the README's Performance section).
// Everything is rendered on the server; forms post to app/(study)/sets/[setId]/study/[step]/route.ts,
// and two small scripts (public/study-keys.js, public/plain-page.js) add the keyboard and loading touches.
import type { GetServerSideProps } from "next";
import { PlainPage } from "@/components/plain-page";
import { StudyView } from "@/components/study/study-view";
import type { Viewer } from "@/lib/auth/viewer";
import { readPlainPageRequest } from "@/lib/http/plain-page-request";
import { studyPageView, type StudyPageView } from "@/lib/study/study-page";

// `runtime` keeps Next's generated check of the page config satisfied; unstable_runtimeJS is read by
// next/dist/server/render.js in production (`npm run dev` still hydrates the page).
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { view: StudyPageView; viewer: Viewer | null; nonce: string | null };

export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  const { viewer, nonce, param } = await readPlainPageRequest(context);
  const view = await studyPageView(String(context.params?.setId), viewer, {
    notice: param("notice"),
    fields: param("fields"),
    review: param("review"),
    marked: param("marked"),
    reveal: param("reveal"),
  });
  if (view.kind === "missing") context.res.statusCode = 404;
  return { props: { view, viewer, nonce } };
};

export default function StudyPage({ view, viewer, nonce }: Props) {
  return (
    <PlainPage
      title={view.kind === "missing" ? "Page not found" : `Study: ${view.set.title}`}
      viewer={viewer}
      nonce={nonce}
    >
      <StudyView view={view} nonce={nonce ?? undefined} />
    </PlainPage>
  );
}
