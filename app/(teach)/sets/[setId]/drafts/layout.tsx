// The drafts page's owner check, made above its loading state (loading.tsx): a set that is not the viewer's
// answers 404 (or sends them to sign in) before anything is streamed, as every other page of a set does.
import type { ReactNode } from "react";
import { ownedSet } from "@/lib/authoring/owned";
import { asCurrentViewer } from "@/lib/classes/as-current-viewer";
import { routes } from "@/lib/routes";

type Props = { children: ReactNode; params: Promise<{ setId: string }> };

export default async function SetDraftsLayout({ children, params }: Props) {
  const { setId } = await params;
  await asCurrentViewer(routes.setDrafts(setId), (viewer) => ownedSet(viewer, setId));
  return children;
}
