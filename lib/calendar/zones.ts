// IANA time zones: which names are real, and the one spelling each is kept and compared in.
// Pure: the server, the browser and the config parser (lib/config.ts) share it.

/** The zone used when nothing better is known, and the zone of an instant with no person attached. */
export const UTC = "UTC";

// Offsets ("+08:00") and abbreviations ("EST") are refused even where Intl accepts them: an offset has
// no daylight-saving rules, so it would give a person the wrong day half the year.
const IANA_NAME = /^(UTC|[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)+)$/;

/**
 * The canonical IANA name of a time zone (as the runtime's Intl spells it: "asia/taipei" → "Asia/Taipei",
 * "US/Eastern" → "America/New_York", "Etc/UTC" → "UTC"), or null when `input` is not a zone name at all.
 * Never throws; anything that is not a string gives null.
 */
export function canonicalZone(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const name = input.trim();
  if (name.length === 0 || name.length > 64 || (!IANA_NAME.test(name) && name.toUpperCase() !== "UTC")) return null;
  const known = canonical.get(name);
  if (known !== undefined) return known;
  let zone: string | null;
  try {
    zone = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    zone = null;
  }
  if (canonical.size >= CANONICAL_MAX) canonical.clear();
  canonical.set(name, zone);
  return zone;
}

// Asked for every request's viewer (lib/auth/viewer.ts); building an Intl.DateTimeFormat is far dearer
// than a map lookup, and there are only a few hundred zones. Bounded, since names come from forms too.
const canonical = new Map<string, string | null>();
const CANONICAL_MAX = 2_000;

/** Every zone a person may choose, sorted, as the runtime knows them (Intl.supportedValuesOf), UTC first; `current` is kept even if the list lacks it. */
export function zoneChoices(current?: string): string[] {
  const names = Intl.supportedValuesOf("timeZone")
    .filter((z) => z !== UTC)
    .sort();
  const all = [UTC, ...names];
  return current && !all.includes(current) ? [current, ...all] : all;
}

/** Whether two zone names mean the same zone (after canonicalising both). */
export function sameZone(a: string, b: string): boolean {
  return (canonicalZone(a) ?? a) === (canonicalZone(b) ?? b);
}

/** The zone the running JavaScript is in: in a browser, the person's own. Only for telling the server (forms). */
export function browserTimeZone(): string | null {
  return canonicalZone(new Intl.DateTimeFormat().resolvedOptions().timeZone);
}
