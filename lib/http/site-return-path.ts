// safeReturnPath against this site's own origin (NEXTAUTH_URL, or wherever npm start serves).
import "server-only";
import { config } from "../config";
import { safeReturnPath } from "./return-path";

/** A return path or redirect target from input, kept only when it stays on this site; otherwise "/". */
export function returnPath(value: unknown): string {
  return safeReturnPath(value, config().appUrl);
}
