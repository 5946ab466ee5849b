// next-auth's options for one sign-in callback (OAuth) made by a guest: the guest brings their progress
// to the account they sign in to, as with a password (lib/auth/adopt-guest.ts).
import type { NextAuthOptions } from "next-auth";
import { decode } from "next-auth/jwt";
import { adoptGuest } from "./adopt-guest";
import type { Viewer } from "./viewer";
import { authOptions } from "./options";

/**
 * authOptions for a callback request whose cookies name `current`. When that is a guest, next-auth is not
 * shown the guest's session (it would otherwise link the provider's account to the guest row, or refuse
 * a provider account that already belongs to someone), and once it has signed the account in, the
 * guest's cards, reviews, settings and memberships move to it (events.signIn, awaited by next-auth
 * before it answers).
 */
export function authOptionsFor(current: Viewer | null): NextAuthOptions {
  if (!current?.isGuest) return authOptions;
  const guestId = current.id;
  return {
    ...authOptions,
    jwt: {
      ...authOptions.jwt,
      decode: async (params) => {
        const token = await decode(params);
        return token?.sub === guestId ? null : token;
      },
    },
    events: {
      ...authOptions.events,
      signIn: async (message) => {
        await authOptions.events?.signIn?.(message);
        if (message.user.id) await adoptGuest(guestId, message.user.id);
      },
    },
  };
}
