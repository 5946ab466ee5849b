"use client";
// While a link's page loads, a bar across the top and a "Loading…" note say so, instead of a screen that
// seems to ignore the click. It follows same-site links clicked without modifier keys, and ends when the
// address changes. The bar only moves when the learner has not asked for reduced motion.
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { BAR, STATUS_LOADING } from "./navigation-status-style";

function isPageLink(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return false;
  const link = (event.target as Element | null)?.closest?.("a[href]");
  if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute("download")) return false;
  const to = new URL(link.href, location.href);
  return (
    to.origin === location.origin &&
    !to.pathname.startsWith("/api/") &&
    (to.pathname !== location.pathname || to.search !== location.search)
  );
}

export function NavigationStatus() {
  const pathname = usePathname();
  // Typed as possibly null since the Pages Router holds a page too; never null on App Router pages.
  const search = useSearchParams()?.toString() ?? "";
  const here = `${pathname}?${search}`;
  // The address a link was followed from: loading lasts while the page is still at that address.
  const [leaving, setLeaving] = useState<string | null>(null);
  // Once the address changes the load is over, whatever address comes next (React's "adjust state while
  // rendering" pattern, so going back to the old page later does not show it as loading).
  const [shown, setShown] = useState(here);
  if (shown !== here) {
    setShown(here);
    setLeaving(null);
  }
  const loading = leaving === here;

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (isPageLink(event)) setLeaving(`${location.pathname}?${new URLSearchParams(location.search).toString()}`);
    };
    // Capture, before next/link's own handler takes the click over (it always prevents the default).
    window.addEventListener("click", onClick, true);
    return () => window.removeEventListener("click", onClick, true);
  }, []);

  // The status region is always there, so screen readers announce the words when they appear.
  return (
    <div className="pointer-events-none fixed inset-x-0 top-0 z-50">
      {loading && <div aria-hidden="true" data-navigation-bar className={BAR} />}
      <p role="status" className={loading ? STATUS_LOADING : "sr-only"}>
        {loading ? "Loading…" : ""}
      </p>
    </div>
  );
}
