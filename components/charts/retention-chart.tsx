import { formatDay } from "@/lib/calendar/format";
import type { WeekRetention } from "@/lib/study/history";

const W = 520;
const H = 180;
const PAD = { left: 50, right: 8, top: 8, bottom: 28 };
// Labels are in the chart's own units, so they shrink with it: larger on a phone, where it is drawn smaller.
const LABEL = "text-[10px] max-sm:text-[16px]";

/** Share of reviews remembered, week by week, against the 90% the scheduler aims for. */
export function RetentionChart({ weeks, target }: { weeks: WeekRetention[]; target: number }) {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (i + 0.5) * (plotW / weeks.length);
  const y = (rate: number) => PAD.top + (1 - rate) * plotH;
  const measured = weeks.map((w, i) => ({ i, w, rate: w.reviews > 0 ? w.remembered / w.reviews : null }));
  const points = measured.filter((m) => m.rate !== null) as { i: number; w: WeekRetention; rate: number }[];
  const all = points.reduce((acc, p) => ({ r: acc.r + p.w.remembered, n: acc.n + p.w.reviews }), { r: 0, n: 0 });
  const summary =
    all.n === 0
      ? "No reviews of questions seen before yet."
      : `Remembered ${Math.round((all.r / all.n) * 100)}% of ${all.n} reviews over 26 weeks.`;
  return (
    <figure className="space-y-2">
      <figcaption className="font-medium">Retention by week · {summary}</figcaption>
      <svg
        role="img"
        aria-label={`Retention chart. ${summary} Target ${Math.round(target * 100)}%.`}
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full"
      >
        {[0, 0.5, 1].map((tick) => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              className="stroke-black/15 dark:stroke-white/20"
            />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className={`fill-current ${LABEL}`}>
              {tick * 100}%
            </text>
          </g>
        ))}
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={y(target)}
          y2={y(target)}
          strokeDasharray="4 3"
          className="stroke-green-700 dark:stroke-green-400"
        />
        <text
          x={W - PAD.right}
          y={y(target) - 4}
          textAnchor="end"
          className={`fill-green-800 dark:fill-green-300 ${LABEL}`}
        >
          target {target * 100}%
        </text>
        {points.length > 1 && (
          <polyline
            points={points.map((p) => `${x(p.i)},${y(p.rate)}`).join(" ")}
            fill="none"
            strokeWidth={2}
            className="stroke-accent"
          />
        )}
        {points.map((p) => (
          <circle key={p.i} cx={x(p.i)} cy={y(p.rate)} r={3.5} className="fill-accent">
            <title>{`Week of ${formatDay(p.w.weekStart, "shortDate")}: ${p.w.remembered} of ${p.w.reviews} remembered`}</title>
          </circle>
        ))}
        {/* First, middle and last week; the end labels keep inside the chart. */}
        {(
          [
            [0, "start", PAD.left],
            [13, "middle", x(13)],
            [25, "end", W - PAD.right],
          ] as const
        ).map(([i, anchor, at]) => (
          <text key={i} x={at} y={H - 6} textAnchor={anchor} className={`fill-current ${LABEL}`}>
            {formatDay(weeks[i].weekStart, "shortDate")}
          </text>
        ))}
      </svg>
    </figure>
  );
}
