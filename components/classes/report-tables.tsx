import type { AssignmentReport } from "@/lib/classes/report";
import { formatInstant } from "@/lib/calendar/format";
import { TextLink } from "@/components/ui/text-link";
import { routes } from "@/lib/routes";

const pct = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);

/**
 * A table that scrolls inside its own region on a narrow screen, reachable with the keyboard, with a hint
 * on phones that there are more columns; each row's first cell stays in view while it scrolls.
 */
function Scroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <p className="text-xs text-muted sm:hidden" aria-hidden="true">
        Scroll the table sideways for more columns.
      </p>
      <div role="region" aria-label={`${label} table, scrolls sideways`} tabIndex={0} className="overflow-x-auto">
        {children}
      </div>
    </div>
  );
}

/** Per student: progress toward the goal, overdue by the due instant, and when they were last active (in `timeZone`, the viewer's). */
export function StudentTable({ report, timeZone }: { report: AssignmentReport; timeZone: string }) {
  if (report.students.length === 0) return <p className="text-muted">No students in this class yet.</p>;
  return (
    <Scroll label="Students">
      {/* Cells are styled by .data-table (app/globals.css): classes on each would double the page. */}
      <table className="data-table sticky-first min-w-[34rem]">
        <thead>
          <tr>
            <th scope="col">Student</th>
            <th scope="col">Answered</th>
            <th scope="col">Right</th>
            <th scope="col">Goal</th>
            <th scope="col">Reviews</th>
            <th scope="col">Last active</th>
          </tr>
        </thead>
        <tbody>
          {report.students.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.name ?? s.email}</th>
              <td>{`${s.progress.answered} of ${s.progress.total}`}</td>
              <td>{pct(s.progress.accuracy)}</td>
              <td>
                {s.progress.met ? (
                  "Met"
                ) : s.overdue ? (
                  <strong className="text-red-700 dark:text-red-300">Overdue</strong>
                ) : (
                  "Not yet"
                )}
              </td>
              <td>{s.reviews}</td>
              <td>{s.lastActive ? formatInstant(s.lastActive, timeZone, "shortDate") : "Never"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

export function QuestionTable({ report }: { report: AssignmentReport }) {
  // Five columns do not fit 360 px with the prompts readable: the table scrolls sideways instead.
  return (
    <Scroll label="Questions">
      <table className="data-table min-w-[34rem]">
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Right</th>
            <th scope="col">Top wrong answer</th>
            <th scope="col">Overruled</th>
            <th scope="col">Not seen</th>
          </tr>
        </thead>
        <tbody>
          {report.questions.map((q) => (
            <tr key={q.id}>
              <th scope="row">{q.archived ? `${q.prompt} (removed from the set)` : q.prompt}</th>
              <td>{q.percentRight === null ? "–" : `${q.percentRight}%`}</td>
              <td className="[overflow-wrap:anywhere]">{q.commonWrong ?? "–"}</td>
              <td className="[overflow-wrap:anywhere]">
                {q.overruled === 0
                  ? "–"
                  : `${q.overruled}: ${q.overruledAnswers.map((a) => (a.count > 1 ? `“${a.answer}” ×${a.count}` : `“${a.answer}”`)).join(", ")}`}
              </td>
              <td>{q.notSeen}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

export function PassageList({ report }: { report: AssignmentReport }) {
  if (report.passages.length === 0) return <p className="text-muted">No answers yet.</p>;
  return (
    <ol className="space-y-3">
      {report.passages.slice(0, 8).map((p) => (
        <li key={p.id} className="rounded-lg border border-black/10 p-3 dark:border-white/15">
          <p className="text-sm font-semibold">
            {pct(p.missRate)} missed · {p.misses} of {p.attempts} latest answers, {p.questions}{" "}
            {p.questions === 1 ? "question" : "questions"}
          </p>
          <blockquote className="mt-1 font-serif">{p.text}</blockquote>
          <TextLink href={routes.passage(p.article.id, p.key)} className="text-sm">
            Read it in “{p.article.title}”
          </TextLink>
        </li>
      ))}
    </ol>
  );
}
