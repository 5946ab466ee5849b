// Next.js configuration.

// Sent with every response; pages also get a Content-Security-Policy with a nonce from proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Links and redirects are checked against the app's routes at type-check time (lib/routes.ts builds them).
  typedRoutes: true,
  // Every form here is a few fields of text but two: a pasted article and the article text editor carry up to
  // 200,000 characters (issue 17). Next applies one server-action limit to every page, so it is 1 MB here,
  // and lib/http/form-size.ts (run by proxy.ts first) holds every other page's forms to 64 KB with a 413.
  // Uploads (5 MB) post to their own route handler. JSON routes read at most 16 KB (lib/http/json-request.ts).
  experimental: { serverActions: { bodySizeLimit: "1mb" } },
  // The database drivers are loaded from node_modules at run time, never bundled (better-sqlite3 is a native addon).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
