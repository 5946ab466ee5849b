import { getViewer } from "@/lib/auth/session";
import { SiteHeaderView } from "./site-header-view";

/** The header of every App Router page: it finds who is asking itself. */
export async function SiteHeader() {
  return <SiteHeaderView viewer={await getViewer()} />;
}
