import { env } from "@/lib/env";

// Next's server sets X-Forwarded-For only when a request arrives without one
// (`??=` in next/dist/server/base-server.js), so whatever a client sends
// survives. The only address a client cannot choose is the TCP peer's, which
// lib/auth/peer-address.ts writes into this header on every request,
// overwriting any copy the client sent.
export const PEER_HEADER = "x-lokalpulje-peer";

/**
 * The address rate limits count by. With TRUSTED_PROXIES=n, the chain is
 * X-Forwarded-For plus the TCP peer, and the client is the entry n hops from
 * the right: each trusted proxy appended the address it saw, and anything
 * further left may be forged. Without the peer header nothing here can be
 * trusted, so every such request shares one bucket rather than getting a
 * fresh budget from a header.
 */
export function clientAddress(headers: Headers, trustedProxies = env().TRUSTED_PROXIES): string {
  const peer = headers.get(PEER_HEADER)?.trim();
  if (!peer) return "unknown";
  if (trustedProxies <= 0) return peer;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? peer;
}
