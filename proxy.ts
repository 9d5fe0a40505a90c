import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { servedOverHttps } from "@/lib/public/site-url";
import { contentSecurityPolicy, newNonce, policyKindFor, strictTransportSecurity } from "@/lib/security-headers";

// Security headers decided per request (lib/security-headers.ts says why):
// a fresh CSP nonce for each page, the data policy for /api, HSTS over HTTPS.
// The static ones (Permissions-Policy, nosniff, ...) are in next.config.ts.
export function proxy(request: NextRequest) {
  // No address of ours holds a NUL character, and PostgreSQL's text cannot: such a request is refused here, once,
  // instead of failing in whatever query the page or route would make of it.
  if (/%00|\u0000/.test(request.url)) return new NextResponse("Bad request", { status: 400 });
  const e = env();
  const nonce = newNonce();
  const kind = policyKindFor(request.nextUrl.pathname);
  const https = servedOverHttps();
  const issuer = e.OIDC_ISSUER ? [new URL(e.OIDC_ISSUER).origin] : [];
  const csp = contentSecurityPolicy(kind, { nonce, https, dev: e.NODE_ENV === "development", formTargets: issuer });

  // Next reads the nonce from the request's CSP and puts it on its scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  if (https) response.headers.set("strict-transport-security", strictTransportSecurity);
  return response;
}

export const config = {
  // Not the build's static files (they carry no scripts of their own to allow).
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
