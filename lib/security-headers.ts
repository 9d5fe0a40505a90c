// The headers that tell a browser what a response may do. Pure, so the rules
// are unit-tested; proxy.ts applies them to every request at run time (the
// HTTPS answer and the OIDC issuer are settings, not known at build time).
//
// Pages: scripts run only with this response's nonce (Next puts it on its own
// scripts when it finds it in the request's CSP); 'strict-dynamic' lets those
// load Next's chunks. Styles keep 'unsafe-inline': React writes style
// attributes (bar widths, indents), which nonces cannot cover, and a style
// cannot run code. Nothing may frame the site.
// Everything under /api (JSON, CSV, uploaded files) is data, never a
// document: no sources at all, and `sandbox`, so an uploaded file opened
// directly cannot run script on the site's origin.

type PolicyKind = "page" | "api";

type PolicyOptions = { nonce: string; https: boolean; dev?: boolean; formTargets?: readonly string[] };

const apiPolicy = [
  "default-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'none'",
  "sandbox",
];

export function contentSecurityPolicy(kind: PolicyKind, o: PolicyOptions): string {
  if (kind === "api") return apiPolicy.join("; ");
  const directives = [
    "default-src 'self'",
    // 'unsafe-eval' only under `next dev` (React's debugging needs it), never in a build.
    `script-src 'self' 'nonce-${o.nonce}' 'strict-dynamic'${o.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    // A login by single sign-on posts here and is then redirected to the issuer (browsers check that too).
    ["form-action 'self'", ...(o.formTargets ?? [])].join(" "),
    "frame-ancestors 'none'",
    ...(o.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export const permissionsPolicy = [
  "accelerometer=()",
  "autoplay=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
].join(", ");

/** Two years; subdomains too. Sent only when the site is served over HTTPS (PUBLIC_URL is https://). */
export const strictTransportSecurity = "max-age=63072000; includeSubDomains";

export const policyKindFor = (pathname: string): PolicyKind =>
  pathname === "/api" || pathname.startsWith("/api/") ? "api" : "page";

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
