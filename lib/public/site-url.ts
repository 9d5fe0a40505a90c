import { env } from "@/lib/env";

/**
 * The site's address as the environment configures it: PUBLIC_URL when set
 * (behind a proxy: the address people use); else the origin of AUTH_URL; else
 * http://localhost:<PORT>. Links that leave a response (mailed private links,
 * feeds, the sitemap) use lib/installation/site.ts, where the installation's
 * admin may set another; this is the fallback there, and what the proxy's
 * HSTS decision uses, which cannot wait for the database. Never the request's Host or X-Forwarded-* headers,
 * which a client can forge (a mailed link to another host would hand the
 * applicant's token to whoever runs it).
 */
export function publicOrigin(): string {
  const e = env();
  if (e.PUBLIC_URL) return e.PUBLIC_URL.replace(/\/+$/, "");
  if (e.AUTH_URL) return new URL(e.AUTH_URL).origin;
  return `http://localhost:${e.PORT ?? 3000}`;
}

/** Whether the site is served over HTTPS (then browsers are told to stay on it: HSTS). */
export function servedOverHttps(): boolean {
  return publicOrigin().startsWith("https://");
}
