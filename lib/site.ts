// What the site says about itself in every page's head.
export const SITE_NAME = "Footnote";
export const SITE_DESCRIPTION = "Study real sources: every answer links back to the passage it came from.";

/** A page's title as the browser tab shows it (the App Router's title template does the same). */
export const pageTitle = (title: string) => `${title} · ${SITE_NAME}`;
