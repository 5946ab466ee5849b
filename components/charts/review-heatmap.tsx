import { formatDay } from "@/lib/calendar/format";
import type { DayCount } from "@/lib/study/history";

const CELL = 11;
const GAP = 2;
// Even the lightest day with reviews stands out from the page by 3:1 (WCAG 1.4.11), in both themes; more
// reviews are darker in the light theme and brighter in the dark one.
const SHADES = [
  "fill-black/10 dark:fill-white/10",
  "fill-blue-500 dark:fill-blue-600",
  "fill-blue-600 dark:fill-blue-500",
  "fill-blue-800 dark:fill-blue-300",
  "fill-blue-950 dark:fill-blue-100",
];

function shade(count: number): string {
  if (count === 0) return SHADES[0];
  if (count < 5) return SHADES[1];
  if (count < 15) return SHADES[2];
  return count < 30 ? SHADES[3] : SHADES[4];
}

/** Reviews per day over the past year, one square a day, weeks as columns (GitHub's layout). */
export function ReviewHeatmap({ days }: { days: DayCount[] }) {
  const weeks = Math.ceil(days.length / 7);
  const active = days.filter((d) => d.count > 0).length;
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const caption = `${total} ${total === 1 ? "review" : "reviews"} on ${active} ${active === 1 ? "day" : "days"} in the past year`;
  return (
    <figure className="space-y-2">
      <figcaption className="font-medium">{caption}</figcaption>
      {/* Scrolls sideways on a phone: focusable, so a keyboard can scroll it too. Laid out right to left so
          it opens on the latest weeks rather than the oldest; the chart inside reads left to right. */}
      <div
        role="region"
        aria-label="Review heatmap, scrolls sideways"
        tabIndex={0}
        className="overflow-x-auto rounded [direction:rtl] focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        <svg
          role="img"
          aria-label={`Review heatmap: ${caption}`}
          viewBox={`0 0 ${weeks * (CELL + GAP)} ${7 * (CELL + GAP)}`}
          className="h-auto w-full min-w-[36rem] [direction:ltr]"
        >
          {days.map((d, i) => (
            <rect
              key={i}
              x={Math.floor(i / 7) * (CELL + GAP)}
              y={(i % 7) * (CELL + GAP)}
              width={CELL}
              height={CELL}
              rx={2}
              className={shade(d.count)}
            >
              <title>{`${formatDay(d.day, "longDate")}: ${d.count} ${d.count === 1 ? "review" : "reviews"}`}</title>
            </rect>
          ))}
        </svg>
      </div>
    </figure>
  );
}
