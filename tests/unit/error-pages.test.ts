// The pages shown when something fails are never blank: a heading that says what happened, reassurance
// that answers are saved, a button to try again and a link back to the sets.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ErrorPage from "@/app/error";
import GlobalError from "@/app/global-error";
import NotFound from "@/app/not-found";
import StudyPageError from "@/pages/500";

const props = { error: Object.assign(new Error("boom: internal detail"), { digest: "123" }), reset: () => {} };

describe("error and not-found pages", () => {
  it.each([
    ["a page's error boundary", ErrorPage],
    ["the root layout's error boundary", GlobalError],
  ])("%s offers a way on and hides internals", (_, Page) => {
    const html = renderToStaticMarkup(createElement(Page, props));
    expect(html).toContain("<h1");
    expect(html).toContain("Something went wrong");
    expect(html).toContain("Your answers so far are saved.");
    expect(html).toMatch(/<button[^>]*>Try again<\/button>/);
    expect(html).toMatch(/<a[^>]*href="\/"[^>]*>Go to all sets<\/a>/);
    expect(html).not.toContain("boom");
  });

  it("the root layout's error page is a whole document with a language and a title", () => {
    const html = renderToStaticMarkup(createElement(GlobalError, props));
    expect(html).toMatch(/^<html lang="en">/);
    expect(html).toContain("<title>Something went wrong · Footnote</title>");
    expect(html).toContain("<main");
  });

  it("the study page's error page (no React in the browser) tries again by reloading, and hides internals", () => {
    const html = renderToStaticMarkup(createElement(StudyPageError));
    expect(html).toContain("Something went wrong");
    expect(html).toContain("Your answers so far are saved.");
    expect(html).toMatch(/<a[^>]*href=""[^>]*>Try again<\/a>/);
    expect(html).toMatch(/<a[^>]*href="\/"[^>]*>Go to all sets<\/a>/);
    expect(html).toContain('<main id="main"');
  });

  it("the 404 page links to the sets and to progress", () => {
    const html = renderToStaticMarkup(createElement(NotFound));
    expect(html).toContain("Page not found");
    expect(html).toMatch(/href="\/"/);
    expect(html).toMatch(/href="\/progress"/);
  });
});
