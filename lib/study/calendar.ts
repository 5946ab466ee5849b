// Calendar arithmetic for study statistics, in the server's local time.

export function startOfDay(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

export function dayKey(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/** One entry per day for the 53 weeks ending today, oldest first, starting on a Sunday. */
export function yearOfDays(counts: Map<string, number>, now: Date): { day: Date; count: number }[] {
  const today = startOfDay(now);
  const days = [];
  for (let d = addDays(today, -364 - today.getDay()); d <= today; d = addDays(d, 1)) {
    days.push({ day: d, count: counts.get(dayKey(d)) ?? 0 });
  }
  return days;
}

/** The local date `days` from now as yyyy-mm-dd, as a date input expects. */
export function dateInputValue(days: number, now = new Date()): string {
  const d = addDays(now, days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
