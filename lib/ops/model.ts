import { randomUUID } from "node:crypto";

// What the production server (scripts/server.ts) decides about each request before the app sees it, as plain
// functions: the request id, the metric's route label and the path written to the log.
//
// - A request id from outside (a load balancer's `x-request-id`) is kept only when it is short and made of safe
//   characters, so a client cannot write newlines, markup or a megabyte into our logs; anything else is replaced.
// - A metric label must have few values (Prometheus keeps one series per value): the route's group, never the path
//   with its ids. An unknown first segment is "other", so a scan of random paths adds no series.
// - A public page asked without any cookie is the same for every visitor: the header's login state is a client
//   island and the language is Danish without the language cookie. So a shared cache (a CDN before the app) may
//   keep it for 10 s and serve it stale for 60 s more while it fetches it again. The answer varies by Cookie, so
//   a visitor with a language or session cookie is never served the shared copy. A private link (/ansoegning/…)
//   is not a public page, and a response that sets a cookie is never made shared.
// - The logged path never carries a secret: the private links' tokens (applicant, invitation, set-up, password
//   reset) are replaced, and so is any segment that looks like an e-mail address. The query string never reaches it.

export const requestIdHeader = "x-request-id";
const safeRequestId = /^[A-Za-z0-9._-]{1,64}$/;

/** The incoming id when it is safe, else a new random one. */
export function requestIdFrom(incoming: string | string[] | undefined, fresh: () => string = randomUUID): string {
  return typeof incoming === "string" && safeRequestId.test(incoming) ? incoming : fresh();
}

/** The first path segments the app serves (app/ without its (groups), and the files in public/). */
export const pageGroups = [
  "account",
  "admin",
  "ansoegning",
  "calls",
  "dashboard",
  "initiativer",
  "invitation",
  "login",
  "logout",
  "meetings",
  "mine",
  "opslag",
  "pools",
  "portraetter",
  "privatliv",
  "projects",
  "rubrics",
  "setup",
  "templates",
  "tilgaengelighed",
  "udvalg",
  "robots.txt",
  "sitemap.xml",
  "icon.svg",
  "og-image.png",
  "favicon.ico",
] as const;
export const apiGroups = [
  "attachments",
  "auth",
  "calls",
  "grants",
  "health",
  "me",
  "metrics",
  "pools",
  "privacy",
  "projects",
  "public",
] as const;
const pages = new Set<string>(pageGroups);
const apis = new Set<string>(apiGroups);

/** The route label of a path: "/", "/initiativer", "/api/health", "/_next/static", or "other". */
export function routeGroup(path: string): string {
  const [first, second] = pathOnly(path).split("/").slice(1);
  if (!first) return "/";
  if (first === "api") return second && apis.has(second) ? `/api/${second}` : "other";
  if (first === "_next") return second === "static" || second === "image" ? `/_next/${second}` : "other";
  return pages.has(first) ? `/${first}` : "other";
}

/** Paths whose next segment is a private link's token. */
const tokenPrefixes = [["ansoegning"], ["invitation"], ["setup"], ["login", "reset"]];
const maxLoggedPath = 200;

/** The path as it may be logged: no query string, no token, no e-mail address, at most 200 characters. */
export function loggablePath(path: string): string {
  const segments = pathOnly(path).split("/");
  const masked = segments.map((segment, i) => {
    const before = segments.slice(1, i);
    if (tokenPrefixes.some((p) => p.length === before.length && p.every((s, j) => s === before[j]))) return "[token]";
    return /@|%40/i.test(segment) ? "[email]" : segment;
  });
  const out = masked.join("/");
  return out.length > maxLoggedPath ? `${out.slice(0, maxLoggedPath)}…` : out;
}

// The public site's pages (app/(public) but the applicant's private link, and a call's page: its application form
// carries a fresh idempotency key per visit), the feed and the open data.
const publicPage = new RegExp(
  "^/(?:|initiativer(?:/[^/]+)?|portraetter(?:/[^/]+)?|opslag|privatliv|tilgaengelighed" +
    "|udvalg/[^/]+(?:/moeder/[^/]+(?:/referat\\.pdf)?)?|api/public/grants\\.(?:csv|json))$",
);

/** What a shared cache may do with a public page asked without cookies. */
export const sharedCacheControl = "public, max-age=0, s-maxage=10, stale-while-revalidate=60";

/** The request headers of Next's client navigation: its answers are React payloads, not the page's HTML. */
export const navigationHeaders = [
  "rsc",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-router-state-tree",
];
/** Longer addresses are never kept: each would take its own place in the cache. */
const maxSharedUrl = 1_000;

export type CachePolicy = "shared" | "server" | "private";

/**
 * How a public page's answer may be kept (null: not a public page, left as Next answers it). All public answers
 * vary by Cookie.
 * - "shared": asked without cookies: one copy for every visitor, for a CDN and for the server's own copy.
 * - "server": a client navigation's payload asked without cookies: the server's copy only (it keys by every header
 *   Next varies by), never a CDN's, which may ignore Vary and serve the payload as the page.
 * - "private": asked with a cookie, or an address too long to keep: rendered for this request.
 */
export function cachePolicy(
  method: string | undefined,
  url: string,
  headers: Record<string, string | string[] | undefined>,
): CachePolicy | null {
  if ((method !== "GET" && method !== "HEAD") || !publicPage.test(pathOnly(url))) return null;
  if (headers.cookie || url.length > maxSharedUrl) return "private";
  const navigation = navigationHeaders.some((h) => headers[h] !== undefined) || /[?&]_rsc=/.test(url);
  return navigation ? "server" : "shared";
}

const emailLike = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** A text (an error's message or stack) with anything like an e-mail address replaced. */
export const withoutEmails = (text: string): string => text.replace(emailLike, "[email]");

/** The path without query or fragment, as the app routes it: an absolute URL's path, repeated slashes as one. */
function pathOnly(path: string): string {
  const end = path.search(/[?#]/);
  const bare = end === -1 ? path : path.slice(0, end);
  const local = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.test(bare) ? bare.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "") : bare;
  return local.replace(/\/{2,}/g, "/") || "/";
}
