import { LRUCache } from "lru-cache";
import { navigationHeaders } from "./model";

// The public pages' shared copies, kept for a moment in this instance's memory: what a CDN in front of the app
// would keep, for an installation without one (scripts/server.ts). Only what lib/ops/model.ts calls "shared" is
// kept: a public page, the feed or the open data, asked without cookies and answered 200 without setting one, so
// the copy is the same for every visitor. A copy lives `ttlMs` (2 s): a page shared on social media is rendered
// once per 2 s instead of once per visitor, the open-data CSV is built once per 2 s and served from one copy, and a
// publication shows at most 2 s later than without it. The CSP nonce in a copy is served to every visitor of those
// 2 s, with the CSP header that names it; a script injected later cannot know the next render's.

export type StoredResponse = {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  storedAt: number;
};

type Request = { url?: string; headers: Record<string, string | string[] | undefined> };

/** Headers that belong to one response, never to a stored copy. */
const ownHeaders = new Set(["date", "connection", "keep-alive", "transfer-encoding", "x-request-id", "x-cache"]);

export class ResponseCache {
  private readonly copies: LRUCache<string, StoredResponse>;
  /** Per address, the request headers its answer varies by (its Vary header), to find the right copy. */
  private readonly varyBy = new LRUCache<string, string[]>({ max: 10_000 });

  constructor(private readonly o: { ttlMs: number; maxBytes: number; maxEntryBytes: number }) {
    // A copy's size counts its body, its headers and its key (the address and the request headers it varies by).
    this.copies = new LRUCache({
      ttl: o.ttlMs,
      ttlAutopurge: true,
      maxSize: o.maxBytes,
      sizeCalculation: (r, key) => r.body.length + JSON.stringify(r.headers).length + key.length + 256,
    });
  }

  /** The stored copy for this request, if one is fresh. */
  get(req: Request): StoredResponse | undefined {
    const names = this.varyBy.get(req.url ?? "/");
    return names ? this.copies.get(keyOf(req, names)) : undefined;
  }

  /** Which requests one render answers alike: the address and every request header Next's answers vary by. */
  fillKey(req: Request): string {
    return keyOf(req, nextVaries);
  }

  /** Keeps a finished response, when it is small enough and nothing in it is one visitor's. */
  set(req: Request, status: number, headers: Record<string, unknown>, body: Buffer): boolean {
    if (status !== 200 || body.length > this.o.maxEntryBytes || "set-cookie" in headers) return false;
    const names = String(headers["vary"] ?? "")
      .split(",")
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean)
      .sort();
    if (names.includes("*")) return false;
    const kept = Object.fromEntries(
      Object.entries(headers)
        .filter(([name, value]) => !ownHeaders.has(name) && value !== undefined)
        .map(([name, value]) => [name, Array.isArray(value) ? value.map(String) : String(value)]),
    );
    this.varyBy.set(req.url ?? "/", names);
    this.copies.set(keyOf(req, names), { status, headers: kept, body, storedAt: Date.now() });
    return true;
  }
}

/** The request headers Next varies its answers by: its client navigation's, the encoding and the next URL. */
const nextVaries = [...navigationHeaders, "accept-encoding", "next-url"];

const keyOf = (req: Request, names: string[]) =>
  JSON.stringify([req.url ?? "/", ...names.map((n) => req.headers[n] ?? null)]);
