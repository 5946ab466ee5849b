"use client";
import { signIn } from "next-auth/react";

export function OAuthButtons({ providers, next }: { providers: { id: string; name: string }[]; next: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="space-y-2">
      {providers.map((p) => (
        <button
          key={p.id}
          type="button"
          onClick={() => signIn(p.id, { callbackUrl: next })}
          className="w-full rounded-lg border border-black/20 px-4 py-2 font-semibold dark:border-white/25"
        >
          Continue with {p.name}
        </button>
      ))}
    </div>
  );
}
