import { env } from "@/lib/env";

/**
 * The site's own address, for every link that leaves a response: mailed
 * private links, feeds, the sitemap, Open Graph. PUBLIC_URL when set (behind
 * a proxy: the address people use); else the origin of AUTH_URL; else
 * http://localhost:<PORT>. Never the request's Host or X-Forwarded-* headers,
 * which a client can forge (a mailed link to another host would hand the
 * applicant's token to whoever runs it).
 */
export function publicOrigin(): string {
  const e = env();
  if (e.PUBLIC_URL) return e.PUBLIC_URL.replace(/\/+$/, "");
  if (e.AUTH_URL) return new URL(e.AUTH_URL).origin;
  return `http://localhost:${e.PORT ?? 3000}`;
}

/** The same, for pages and routes that awaited it before. */
export async function siteUrl(): Promise<string> {
  return publicOrigin();
}

/** Whether the site is served over HTTPS (then browsers are told to stay on it: HSTS). */
export function servedOverHttps(): boolean {
  return publicOrigin().startsWith("https://");
}
