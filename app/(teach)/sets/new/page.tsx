import type { Metadata } from "next";
import { SetForm } from "@/components/authoring/set-form";
import { PageTitle } from "@/components/ui/page-title";
import { availableArticles } from "@/lib/authoring/sets";
import { asCurrentViewer } from "@/lib/classes/as-current-viewer";
import { routes } from "@/lib/routes";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export const metadata: Metadata = { title: "New set" };

export default async function NewSetPage({ searchParams }: Props) {
  const query = await searchParams;
  const articles = await asCurrentViewer(routes.newSet(), availableArticles);
  // ?article= only ticks a box, and only one the teacher may use.
  const start = articles.find((a) => a.id === query.article);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <PageTitle>New question set</PageTitle>
        <p className="text-muted">
          Name the set and choose the articles its questions will cite. It stays a draft, seen only by you, until you
          publish it.
        </p>
      </header>
      <SetForm articles={articles} values={{ title: "", description: "", articleIds: start ? [start.id] : [] }} />
    </div>
  );
}
