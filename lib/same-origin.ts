import "server-only";
import { forbiddenResponse } from "@/lib/api";
import { publicOrigin } from "@/lib/public/site-url";

/**
 * Route handlers that change data on a session cookie must refuse requests
 * that other sites make the browser send (CSRF), as Next does for server
 * actions. A browser always sends Origin with a POST; a request without one,
 * or from another origin, is refused. The site's own origin is the configured
 * one (PUBLIC_URL, see site-url.ts) or, like Next's check, the request's Host
 * (a cross-site page cannot set Host; X-Forwarded-Host is not trusted here).
 */
export function crossSiteRefusal(request: Request): Response | null {
  const origin = request.headers.get("origin");
  if (!origin) return forbiddenResponse();
  let host: string;
  try {
    const url = new URL(origin);
    if (url.origin !== origin) return forbiddenResponse();
    host = url.host;
  } catch {
    return forbiddenResponse();
  }
  if (origin === publicOrigin() || host === request.headers.get("host")) return null;
  return forbiddenResponse();
}
