"use client";
// A share link to copy: the address in a read-only field (selectable without JavaScript) and a button that
// puts it on the clipboard, saying so for a screen reader too.
import { useId, useState } from "react";

export function CopyLinkField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      // Clipboard access can be refused (an insecure origin, a browser setting): the field stays selectable.
      setCopied("no");
    }
  };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 basis-64 rounded-lg border border-black/20 bg-transparent px-3 py-2 font-mono text-sm dark:border-white/25"
        />
        <button
          type="button"
          onClick={copy}
          className="rounded-lg border border-black/20 px-3 py-2 text-sm font-medium dark:border-white/25"
        >
          Copy link
        </button>
        <span role="status" className="text-sm text-muted">
          {copied === "yes" ? "Copied." : copied === "no" ? "Select the address and copy it." : ""}
        </span>
      </div>
    </div>
  );
}
