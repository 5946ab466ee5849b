import { formatDay } from "@/lib/calendar/format";
import type { DayKey } from "@/lib/calendar/study-day";

/** How many questions come due on each of the learner's next seven study days, as a small bar list. */
export function DueForecast({ days }: { days: { day: DayKey; count: number }[] }) {
  const most = Math.max(1, ...days.map((d) => d.count));
  return (
    <figure className="space-y-2">
      <figcaption className="font-medium">Coming due in the next 7 days</figcaption>
      <ol className="space-y-1">
        {days.map(({ day, count }, i) => (
          <li key={day} className="flex items-center gap-3 text-sm">
            <span className="w-12 shrink-0">{i === 0 ? "Today" : formatDay(day, "weekday")}</span>
            <span className="h-3 rounded bg-accent" style={{ width: `${(count / most) * 60}%` }} aria-hidden="true" />
            <span>{count}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
