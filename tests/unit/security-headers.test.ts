import { afterEach, describe, expect, it, vi } from "vitest";
import { contentSecurityPolicy, newNonce, policyKindFor } from "@/lib/security-headers";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `) || d === name);

describe("content security policy", () => {
  it("a page runs scripts only by its nonce: no 'unsafe-inline' or 'unsafe-eval' for scripts in a build", () => {
    const csp = contentSecurityPolicy("page", { nonce: "abc123", https: false });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "upgrade-insecure-requests")).toBeUndefined();
  });

  it("over HTTPS insecure subresources are upgraded; a single sign-on issuer may receive the login redirect", () => {
    const csp = contentSecurityPolicy("page", { nonce: "n", https: true, formTargets: ["https://login.kommune.dk"] });
    expect(directive(csp, "upgrade-insecure-requests")).toBeDefined();
    expect(directive(csp, "form-action")).toBe("form-action 'self' https://login.kommune.dk");
  });

  it("everything under /api is sandboxed data with no sources", () => {
    expect(policyKindFor("/api/attachments/x")).toBe("api");
    expect(policyKindFor("/api")).toBe("api");
    expect(policyKindFor("/apiary")).toBe("page");
    const csp = contentSecurityPolicy("api", { nonce: "n", https: false });
    expect(csp).toContain("sandbox");
    expect(directive(csp, "default-src")).toBe("default-src 'none'");
  });

  it("nonces are fresh and long enough", () => {
    const a = newNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});

describe("the site's own origin", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    vi.resetModules();
  });
  async function originWith(vars: Record<string, string | undefined>) {
    process.env = {
      ...saved,
      DATABASE_URL: "postgresql://x/y",
      PUBLIC_URL: undefined,
      AUTH_URL: undefined,
      PORT: undefined,
      ...vars,
    };
    for (const [k, v] of Object.entries(process.env)) if (v === undefined) delete process.env[k];
    vi.resetModules();
    const { publicOrigin, servedOverHttps } = await import("@/lib/public/site-url");
    return { origin: publicOrigin(), https: servedOverHttps() };
  }

  it("is PUBLIC_URL when set, else AUTH_URL's origin, else localhost on the server's port", async () => {
    expect(
      await originWith({ PUBLIC_URL: "https://lokalpulje.kommune.dk/", AUTH_URL: "http://intern:3000/api/auth" }),
    ).toEqual({ origin: "https://lokalpulje.kommune.dk", https: true });
    expect(await originWith({ AUTH_URL: "https://intern.example/api/auth" })).toEqual({
      origin: "https://intern.example",
      https: true,
    });
    expect(await originWith({ PORT: "3202" })).toEqual({ origin: "http://localhost:3202", https: false });
  });
});
