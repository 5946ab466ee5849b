// POST /sign-in/link/use – the confirmation page's button: spends the emailed sign-in link, signs in, and
// sends the browser on to its return path (or back to the page, which then says the link is used up).
import { z } from "zod";
import { definePost, postRoute } from "@/lib/actions/transports";
import { rememberBrowserZone } from "@/lib/auth/accounts";
import { signInAs } from "@/lib/auth/session";
import { spendSignInLink } from "@/lib/auth/sign-in-link";
import { signInLinkPath } from "@/lib/auth/sign-in-link-url";
import { browserZone, returnPathField } from "@/lib/forms/schemas";

// Anything missing or odd reads as an empty token, which no link has: the page then says the link is used up.
const text = z.string().catch("");

const useLink = definePost({
  schema: z.object({ token: text, email: text, next: returnPathField, timeZone: browserZone }),
  access: "anyone",
  run: async ({ token, email, next, timeZone }, viewer) => {
    const user = await spendSignInLink(token, email, viewer);
    if (!user) return signInLinkPath({ token, email, next });
    await rememberBrowserZone(user.id, timeZone);
    await signInAs(user);
    return next;
  },
});

export const POST = (request: Request) => postRoute(request, useLink);
