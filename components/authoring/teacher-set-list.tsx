import Link from "next/link";
import { TextLink } from "@/components/ui/text-link";
import type { TeacherSet } from "@/lib/authoring/teacher-sets";
import { routes } from "@/lib/routes";

const VISIBILITY: Record<TeacherSet["visibility"], string> = {
  PRIVATE: "private",
  LINK: "shared by link",
  PUBLIC: "public in the library",
};

/** A teacher's own sets, drafts and published, each linking to its editor and its download (the Export list's footnote zip). */
export function TeacherSetList({ sets }: { sets: TeacherSet[] }) {
  return (
    <ul className="space-y-3">
      {sets.map((s) => (
        <li key={s.id} className="rounded-lg border border-black/10 p-4 dark:border-white/15">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <h3 className="text-lg font-semibold break-words">
              <Link href={routes.editSet(s.id)} className="underline-offset-2 hover:underline">
                {s.title}
              </Link>
            </h3>
            <span
              className={
                s.publishedAt
                  ? "rounded border border-green-700/40 bg-green-50 px-2 text-sm text-green-900 dark:border-green-300/40 dark:bg-green-950 dark:text-green-200"
                  : "rounded border border-amber-700/40 bg-amber-50 px-2 text-sm text-amber-900 dark:border-amber-300/40 dark:bg-amber-950 dark:text-amber-200"
              }
            >
              {s.publishedAt ? "Published" : "Draft"}
            </span>
          </div>
          <p className="text-sm text-muted">
            {s.questions} {s.questions === 1 ? "question" : "questions"}
            {s.held > 0 && (
              <>
                {" "}
                · <span className="font-semibold text-amber-800 dark:text-amber-300">{s.held} held from study</span>
              </>
            )}{" "}
            · {VISIBILITY[s.visibility]}
          </p>
          <p className="mt-1 text-sm">
            <TextLink reload href={routes.setExport(s.id, "footnote")}>
              Download (.zip)<span className="sr-only"> of {s.title}</span>
            </TextLink>
          </p>
        </li>
      ))}
    </ul>
  );
}
