import type { Metadata } from "next";
import { cookies } from "next/headers";
import { ImportSetForm } from "@/components/interchange/import-set-form";
import { PageTitle } from "@/components/ui/page-title";
import { getViewer } from "@/lib/auth/session";
import { availableArticles } from "@/lib/authoring/sets";
import { asCurrentViewer } from "@/lib/classes/as-current-viewer";
import { config } from "@/lib/config";
import { readFlash } from "@/lib/http/flash";
import { IMPORT_FLASH, importFlash } from "@/lib/interchange/import-post";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Import a set" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function ImportSetPage({ searchParams }: Props) {
  const query = await searchParams;
  const viewer = await getViewer();
  if (viewer && !viewer.isGuest && viewer.role !== "TEACHER") {
    return (
      <div className="space-y-3">
        <PageTitle>Import a set</PageTitle>
        <p>
          Sets are imported by teachers, who then cite each question&apos;s source and publish it for their classes.
        </p>
      </div>
    );
  }
  const articles = await asCurrentViewer(routes.importSet(), (actor) => availableArticles(actor));
  // The last post's refusal, only where its redirect led (?flash= names it) and only as this server signed it.
  const flash = readFlash((await cookies()).get(IMPORT_FLASH)?.value, query.flash, config().authSecret, importFlash);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <PageTitle>Import a set</PageTitle>
        <p className="text-muted">
          Bring questions from Anki, Quizlet, Moodle or a spreadsheet. They arrive as a draft set only you can see; each
          question cites a passage before it is studied.
        </p>
      </header>
      <ImportSetForm
        articles={articles}
        values={{ as: flash?.as ?? "flashcard", article: flash?.article ?? "" }}
        error={flash?.message ?? null}
      />
    </div>
  );
}
