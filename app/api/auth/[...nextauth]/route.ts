// GET|POST /api/auth/* – next-auth's own endpoints (session, CSRF token, sign-in links, OAuth, sign-out).
import NextAuth from "next-auth";
import { cookies } from "next/headers";
import { NextRequest } from "next/server";
import { authOptionsFor } from "@/lib/auth/guest-sign-in";
import { viewerFromCookies } from "@/lib/auth/viewer";
import { authOptions } from "@/lib/auth/options";
import { signInLinkPath } from "@/lib/auth/sign-in-link-url";
import { clientIp } from "@/lib/http/client-ip";
import { config } from "@/lib/config";
import { db } from "@/lib/db/client";
import { returnPath } from "@/lib/http/site-return-path";
import { hitAll, LIMITS, perAddress } from "@/lib/http/rate-limit";
import { readForm } from "@/lib/http/form-request";
import { AppError } from "@/lib/errors/app-error";
import { toTextResponse } from "@/lib/errors/translate";
import { routes } from "@/lib/routes";

type Context = { params: Promise<{ nextauth: string[] }> };

const handler = NextAuth(authOptions);

async function handle(request: Request, context: Context) {
  const [action, provider] = (await context.params).nextauth ?? [];
  if (action === "callback" && provider === "email") {
    // Links mailed before sign-in links had their own page: next-auth's callback would spend the token on
    // a mail scanner's GET, so they open the confirmation page instead (lib/auth/sign-in-link.ts).
    const query = new URL(request.url).searchParams;
    const to = signInLinkPath({
      token: query.get("token") ?? "",
      email: query.get("email") ?? "",
      next: returnPath(query.get("callbackUrl")),
    });
    return new Response(null, { status: 303, headers: { Location: to, "Cache-Control": "no-store" } });
  }
  if (action === "session") {
    // next-auth reads the JWT alone and would answer for a session that "Sign out everywhere" or a
    // password change ended: the check that ends it (the session version) is ours, so it is asked first.
    // The ended cookie is left as it is (every page refuses it): deleting it here could race a new sign-in.
    if (!(await viewerFromCookies((await cookies()).getAll())))
      return Response.json({}, { headers: { "Cache-Control": "no-store" } });
  }
  if (action === "callback") {
    const current = await viewerFromCookies((await cookies()).getAll());
    return NextAuth(request as never, context as never, authOptionsFor(current));
  }
  return handler(request, context);
}

async function POST(request: Request, context: Context) {
  // Sign-in links are limited per address and per sender, before next-auth mails anything.
  if (new URL(request.url).pathname.endsWith("/signin/email")) {
    // Read as every form post is (same site, size-limited), once: next-auth is handed the fields read.
    let form: FormData;
    try {
      form = await readForm(request);
    } catch (error) {
      if (error instanceof AppError) return toTextResponse(error);
      throw error;
    }
    const email = String(form.get("email") ?? "")
      .trim()
      .toLowerCase();
    const limited = await hitAll(db, [
      [`magic-link:email:${email}`, LIMITS.magicLinkPerEmail],
      [perAddress("magic-link", await clientIp()), LIMITS.magicLinkPerIp],
    ]);
    // next-auth's client follows the url in this answer, as it would after sending a link.
    if (!limited.ok) {
      const retry = routes.signIn({ error: "RateLimited", retry: limited.retryAfterSeconds });
      return Response.json({ url: new URL(retry, config().appUrl).href });
    }
    const fields = new URLSearchParams([...form].map(([name, value]) => [name, String(value)]));
    const read = new NextRequest(request.url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: fields,
    });
    return handle(read, context);
  }
  return handle(request, context);
}

export { handle as GET, POST };
