// safeReturnPath against this site's own origin (NEXTAUTH_URL, or wherever npm start serves).
import "server-only";
import type { Route } from "next";
import { config } from "../config";
import { safeReturnPath } from "./return-path";

/**
 * A return path or redirect target from input, kept only when it stays on this site; otherwise "/". Typed
 * as one of Next's routes: it is a path on this site, though which page it names is only known at run time.
 */
export function returnPath(value: unknown): Route {
  return safeReturnPath(value, config().appUrl) as Route;
}
