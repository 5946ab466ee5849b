import { BAR, STATUS_LOADING } from "./navigation-status-style";

/**
 * The same bar and status as markup alone, for the study page, which has no React in the browser:
 * public/plain-page.js shows them.
 */
export function PlainNavigationStatus() {
  return (
    <div className="pointer-events-none fixed inset-x-0 top-0 z-50">
      <div aria-hidden="true" hidden data-navigation-bar className={BAR} />
      <p role="status" data-navigation-status data-loading-class={STATUS_LOADING} className="sr-only" />
    </div>
  );
}
