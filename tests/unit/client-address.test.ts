import http from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress, PEER_HEADER } from "@/lib/auth/client-address";
import { installPeerAddressHeader } from "@/lib/auth/peer-address";

const h = (init: Record<string, string>) => new Headers(init);

describe("the client's address for rate limits", () => {
  it("without trusted proxies, ignores X-Forwarded-For and X-Real-IP and uses the TCP peer", () => {
    const headers = h({ "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2", [PEER_HEADER]: "203.0.113.5" });
    expect(clientAddress(headers, 0)).toBe("203.0.113.5");
  });

  it("behind one proxy, takes the address that proxy appended, not what the client forged before it", () => {
    // client forged 198.51.100.1; the proxy appended the real client 192.0.2.7; the proxy itself is the peer.
    const headers = h({ "x-forwarded-for": "198.51.100.1, 192.0.2.7", [PEER_HEADER]: "10.0.0.2" });
    expect(clientAddress(headers, 1)).toBe("192.0.2.7");
    expect(clientAddress(headers, 2)).toBe("198.51.100.1");
  });

  it("with fewer hops than configured, takes the leftmost it has", () => {
    expect(clientAddress(h({ [PEER_HEADER]: "10.0.0.2" }), 3)).toBe("10.0.0.2");
  });

  it("without the peer header (the server hook missing), puts everyone in one bucket, trusting no header", () => {
    expect(clientAddress(h({ "x-forwarded-for": "198.51.100.1" }), 0)).toBe("unknown");
  });
});

describe("the peer-address hook on the Node server", () => {
  it("overwrites a forged peer header with the socket's address", async () => {
    installPeerAddressHeader();
    const server = http.createServer((req, res) => res.end(JSON.stringify(req.headers)));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as { port: number };
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { [PEER_HEADER]: "198.51.100.9", "x-forwarded-for": "198.51.100.9" },
      });
      const seen = (await res.json()) as Record<string, string>;
      expect(seen[PEER_HEADER]).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});
