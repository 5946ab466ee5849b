import Link from "next/link";
import type { AssignmentReport } from "@/lib/classes/report";
import { passageHref } from "@/lib/text-fragment";

const pct = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);
const dateFormat = new Intl.DateTimeFormat("en", { day: "numeric", month: "short" });
const th = "px-2 py-1 text-left font-semibold";
const td = "px-2 py-1 align-top";

/**
 * A table that scrolls inside its own region on a narrow screen, reachable with the keyboard, with a hint
 * on phones that there are more columns; each row's first cell stays in view while it scrolls.
 */
function Scroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <p className="text-xs text-[var(--color-muted)] sm:hidden" aria-hidden="true">Scroll the table sideways for more columns.</p>
      <div role="region" aria-label={`${label} table, scrolls sideways`} tabIndex={0} className="overflow-x-auto">
        {children}
      </div>
    </div>
  );
}
const sticky = "sticky left-0 bg-[var(--color-paper)]";

export function StudentTable({ report }: { report: AssignmentReport }) {
  if (report.students.length === 0) return <p className="text-[var(--color-muted)]">No students in this class yet.</p>;
  return (
    <Scroll label="Students">
      <table className="w-full min-w-[34rem] text-sm">
        <thead><tr className="border-b border-black/20 dark:border-white/25">
          <th className={`${th} ${sticky}`} scope="col">Student</th><th className={th} scope="col">Answered</th><th className={th} scope="col">Right</th>
          <th className={th} scope="col">Goal</th><th className={th} scope="col">Reviews</th><th className={th} scope="col">Last active</th>
        </tr></thead>
        <tbody>
          {report.students.map((s) => (
            <tr key={s.id} className="border-b border-black/10 dark:border-white/10">
              <th className={`${td} ${sticky} max-w-[9rem] text-left font-medium`} scope="row">{s.name ?? s.email}</th>
              <td className={td}>{s.progress.answered} of {s.progress.total}</td>
              <td className={td}>{pct(s.progress.accuracy)}</td>
              <td className={td}>{s.progress.met ? "Met" : s.overdue ? <strong className="text-red-700 dark:text-red-300">Overdue</strong> : "Not yet"}</td>
              <td className={td}>{s.reviews}</td>
              <td className={td}>{s.lastActive ? dateFormat.format(s.lastActive) : "Never"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

export function QuestionTable({ report }: { report: AssignmentReport }) {
  return (
    <table className="w-full text-sm">
      <thead><tr className="border-b border-black/20 dark:border-white/25">
        <th className={th} scope="col">Question</th><th className={th} scope="col">Right</th>
        <th className={th} scope="col">Top wrong answer</th><th className={th} scope="col">Not seen</th>
      </tr></thead>
      <tbody>
        {report.questions.map((q) => (
          <tr key={q.id} className="border-b border-black/10 dark:border-white/10">
            <th className={`${td} text-left font-normal [overflow-wrap:anywhere]`} scope="row">{q.prompt}{q.archived && <span className="text-[var(--color-muted)]"> (removed from the set)</span>}</th>
            <td className={td}>{q.percentRight === null ? "–" : `${q.percentRight}%`}</td>
            <td className={`${td} [overflow-wrap:anywhere]`}>{q.commonWrong ?? "–"}</td>
            <td className={td}>{q.notSeen}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PassageList({ report }: { report: AssignmentReport }) {
  if (report.passages.length === 0) return <p className="text-[var(--color-muted)]">No answers yet.</p>;
  return (
    <ol className="space-y-3">
      {report.passages.slice(0, 8).map((p) => (
        <li key={p.id} className="rounded-lg border border-black/10 p-3 dark:border-white/15">
          <p className="text-sm font-semibold">{pct(p.missRate)} missed · {p.misses} of {p.attempts} latest answers, {p.questions} {p.questions === 1 ? "question" : "questions"}</p>
          <blockquote className="mt-1 font-serif">{p.text}</blockquote>
          <Link href={passageHref(p.article.id, p.key)} className="text-sm text-[var(--color-accent)] underline underline-offset-2">
            Read it in “{p.article.title}”
          </Link>
        </li>
      ))}
    </ol>
  );
}
