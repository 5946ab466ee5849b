import type { Metadata } from "next";
import Link from "next/link";
import { AddressArticleForm } from "@/components/authoring/address-article-form";
import { PasteArticleForm } from "@/components/authoring/paste-article-form";
import { UploadArticleForm } from "@/components/authoring/upload-article-form";
import { PageTitle } from "@/components/ui/page-title";
import { requireTeacher } from "@/lib/auth/require";
import { getViewer } from "@/lib/auth/session";
import { asCurrentViewer } from "@/lib/classes/as-current-viewer";
import { noticeText } from "@/lib/errors/notices";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Add an article" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const WAYS = [
  { way: "paste", label: "Paste text" },
  { way: "upload", label: "Upload a file" },
  { way: "address", label: "From a web address" },
] as const;

export default async function NewArticlePage({ searchParams }: Props) {
  const query = await searchParams;
  const viewer = await getViewer();
  if (viewer && !viewer.isGuest && viewer.role !== "TEACHER") {
    return (
      <div className="space-y-3">
        <PageTitle>Add an article</PageTitle>
        <p>Articles are added by teachers, who then write questions that cite them.</p>
      </div>
    );
  }
  await asCurrentViewer(routes.newArticle(), async (actor) => requireTeacher(actor));
  const way = WAYS.find((w) => w.way === query.way)?.way ?? "paste";
  const current = WAYS.find((w) => w.way === way)!;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <PageTitle>Add an article</PageTitle>
        <p className="text-muted">
          Bring the text your class reads. It becomes passages that your questions cite, word for word.
        </p>
      </header>
      <nav aria-label="Ways to add an article">
        <ul className="flex flex-wrap gap-2">
          {WAYS.map((w) => (
            <li key={w.way}>
              <Link
                href={routes.newArticle(w.way === "paste" ? undefined : { way: w.way })}
                aria-current={w.way === way ? "page" : undefined}
                className="inline-block rounded-lg border border-black/20 px-3 py-1.5 font-medium aria-[current=page]:border-accent aria-[current=page]:bg-accent aria-[current=page]:text-white dark:border-white/25 dark:aria-[current=page]:text-black"
              >
                {w.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="way-heading" className="space-y-4">
        <h2 id="way-heading" className="text-xl font-semibold">
          {current.label}
        </h2>
        {way === "paste" && <PasteArticleForm />}
        {way === "upload" && <UploadArticleForm error={noticeText(query.notice)} />}
        {way === "address" && <AddressArticleForm />}
      </section>
    </div>
  );
}
