import { formatDueMoment } from "@/lib/calendar/format";

type Props = { dueAt: Date; viewerZone: string; setInZone: string; prefix?: string };

/** "Due Fri, Dec 4, 3:00 AM" in the viewer's zone, naming that zone when it is not the teacher's; machine-readable as the instant. */
export function DueMoment({ dueAt, viewerZone, setInZone, prefix = "Due" }: Props) {
  return (
    <time dateTime={dueAt.toISOString()}>
      {prefix} {formatDueMoment(dueAt, viewerZone, setInZone)}
    </time>
  );
}
