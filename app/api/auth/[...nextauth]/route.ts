// GET|POST /api/auth/* – next-auth's own endpoints (session, CSRF token, sign-in links, OAuth, sign-out).
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { clientIp } from "@/lib/client-ip";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { hitAll, LIMITS, perAddress } from "@/lib/rate-limit";

const handler = NextAuth(authOptions);

async function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  // Sign-in links are limited per address and per sender, before next-auth mails anything.
  if (new URL(request.url).pathname.endsWith("/signin/email")) {
    const email = String((await request.clone().formData()).get("email") ?? "").trim().toLowerCase();
    const limited = await hitAll(db, [
      [`magic-link:email:${email}`, LIMITS.magicLinkPerEmail],
      [perAddress("magic-link", await clientIp()), LIMITS.magicLinkPerIp],
    ]);
    // next-auth's client follows the url in this answer, as it would after sending a link.
    if (!limited.ok) return Response.json({ url: `${config().appUrl}/sign-in?error=RateLimited&retry=${limited.retryAfterSeconds}` });
  }
  return handler(request, context);
}

export { handler as GET, POST };
