"use client";
// Moves keyboard and screen-reader focus to a heading once the page shows, so after each answer the
// learner lands on the verdict rather than at the top of the page.
import { useEffect } from "react";

export function FocusOnMount({ targetId }: { targetId: string }) {
  useEffect(() => {
    document.getElementById(targetId)?.focus();
  }, [targetId]);
  return null;
}
