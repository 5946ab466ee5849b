// /sets/[setId]/practice – every question of a set, graded, without touching the schedule. Like the study
// page (pages/sets/[setId]/study.tsx), on the Pages Router so that it ships no JavaScript framework: it is
// rendered on the server, its form posts to app/(study)/sets/[setId]/practice/[step]/route.ts, and the
// same two small scripts add the keyboard and loading touches.
import type { GetServerSideProps } from "next";
import { PlainPage } from "@/components/plain-page";
import { PracticeView } from "@/components/study/practice-view";
import type { Viewer } from "@/lib/auth/viewer";
import { readPlainPageRequest } from "@/lib/http/plain-page-request";
import { practicePageView, type PracticePageView } from "@/lib/study/practice-page";

// As on the study page: `runtime` satisfies Next's page-config check; unstable_runtimeJS: false ships no React.
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { view: PracticePageView; viewer: Viewer | null; nonce: string | null };

export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  const { viewer, nonce, param } = await readPlainPageRequest(context);
  const view = await practicePageView(String(context.params?.setId), viewer, {
    s: param("s"),
    next: param("next"),
    reveal: param("reveal"),
    notice: param("notice"),
  });
  if (view.kind === "missing") context.res.statusCode = 404;
  return { props: { view, viewer, nonce } };
};

export default function PracticePage({ view, viewer, nonce }: Props) {
  return (
    <PlainPage
      title={view.kind === "missing" ? "Set not found" : `Practice: ${view.set.title}`}
      viewer={viewer}
      nonce={nonce}
    >
      <PracticeView view={view} nonce={nonce ?? undefined} />
    </PlainPage>
  );
}
