import type { Route } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

const TEXT_LINK_CLASS = "text-accent underline underline-offset-2";

/**
 * A link inside text, in the accent colour and underlined; `className` adds to it (e.g. `text-sm`).
 * `reload` renders a plain <a>, for a full page load: a text fragment (#:~:text=) only scrolls and
 * highlights on one, and the study page lives on the Pages Router.
 */
export function TextLink({
  href,
  className,
  reload,
  children,
}: {
  href: Route;
  className?: string;
  reload?: boolean;
  children: ReactNode;
}) {
  const classes = className ? `${className} ${TEXT_LINK_CLASS}` : TEXT_LINK_CLASS;
  return reload ? (
    <a href={href} className={classes}>
      {children}
    </a>
  ) : (
    <Link href={href} className={classes}>
      {children}
    </Link>
  );
}
