import Link from "next/link";
import type { TeacherArticle } from "@/lib/authoring/teacher-articles";
import { routes } from "@/lib/routes";

/** A teacher's own articles, each linking to its edit page. */
export function TeacherArticleList({ articles }: { articles: TeacherArticle[] }) {
  return (
    <ul className="space-y-3">
      {articles.map((a) => (
        <li key={a.id} className="rounded-lg border border-black/10 p-4 dark:border-white/15">
          <h3 className="text-lg font-semibold break-words">
            <Link href={routes.editArticle(a.id)} className="underline-offset-2 hover:underline">
              {a.title}
            </Link>
          </h3>
          <p className="text-sm text-muted">
            {a.outlet && <>{a.outlet} · </>}
            {a.passages} {a.passages === 1 ? "passage" : "passages"}
          </p>
        </li>
      ))}
    </ul>
  );
}
