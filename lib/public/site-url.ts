import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/** The site's public address: PUBLIC_URL when set (behind a proxy), else the request's own host. */
export async function siteUrl(): Promise<string> {
  const configured = env().PUBLIC_URL?.replace(/\/+$/, "");
  if (configured) return configured;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
