// How the loading bar and its "Loading…" status look: components/navigation-status.tsx (React) and
// components/plain-navigation-status.tsx (markup for public/plain-page.js) show the same.
export const BAR = "h-1 w-full motion-safe:animate-pulse bg-accent";
export const STATUS_LOADING = "absolute right-2 top-2 rounded bg-ink px-2 py-1 text-sm text-paper";
