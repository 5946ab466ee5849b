// Runs before every page: refuses a malformed address or an oversized form post, and makes a fresh CSP
// nonce per request. Next reads the policy from the request headers and puts the nonce on its own
// scripts; the browser gets the same policy on the response.
import { NextResponse, type NextRequest } from "next/server";
import { formTooLarge } from "./lib/http/form-size";
import { NONCE_HEADER } from "./lib/http/nonce";
import { contentSecurityPolicy } from "./lib/http/security-headers";

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  if (!decodes(request.nextUrl.pathname)) {
    // Next would answer a path with broken %-escapes with a 500.
    return new NextResponse("That address is not valid.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const refused = formTooLarge(request);
  if (refused) return refused;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const headers = new Headers(request.headers);
  headers.set(NONCE_HEADER, nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages and the form posts beside them (/sets/…/study/answer, /sign-in/link/use); not /api (JSON and
  // next-auth: each reads its own body within limits), static files or prefetches, which carry no inline scripts.
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
