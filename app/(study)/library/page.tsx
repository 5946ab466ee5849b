import type { Metadata } from "next";
import { connection } from "next/server";
import { LibraryList } from "@/components/authoring/library-list";
import { PageTitle } from "@/components/ui/page-title";
import { getViewer } from "@/lib/auth/session";
import { listSets } from "@/lib/content/library";

export const metadata: Metadata = { title: "Library" };

export default async function LibraryPage() {
  await connection();
  const [viewer, sets] = await Promise.all([getViewer(), listSets()]);
  const teacher = viewer?.role === "TEACHER" && !viewer.isGuest;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <PageTitle>Library</PageTitle>
        <p className="text-lg text-muted">
          Question sets anyone may study, each answer citing its source.
          {teacher && " Copy one into your own sets to change it or assign your version."}
        </p>
      </header>
      <LibraryList sets={sets} viewerId={viewer?.id ?? null} canCopy={teacher} />
    </div>
  );
}
