import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  apiGroups,
  cachePolicy,
  loggablePath,
  pageGroups,
  requestIdFrom,
  routeGroup,
  withoutEmails,
} from "@/lib/ops/model";
import { ResponseCache } from "@/lib/ops/response-cache";

const root = path.resolve(import.meta.dirname, "../..");
const fresh = () => "fresh-id";

describe("the request id", () => {
  it("keeps a short, safe id from the load balancer", () => {
    expect(requestIdFrom("abc-123_X.y", fresh)).toBe("abc-123_X.y");
    expect(requestIdFrom("a".repeat(64), fresh)).toBe("a".repeat(64));
  });

  it("replaces an id that is missing, long, repeated or carries other characters", () => {
    for (const forged of [undefined, "", "a".repeat(65), "ab cd", "ab\ncd", "<script>", "ø", "a/b", ["a", "b"]])
      expect(requestIdFrom(forged, fresh)).toBe("fresh-id");
  });

  it("makes a new random one by default", () => {
    const a = requestIdFrom(undefined);
    expect(a).toMatch(/^[A-Za-z0-9._-]{1,64}$/);
    expect(requestIdFrom(undefined)).not.toBe(a);
  });
});

describe("the route label", () => {
  it("is the first segment of a page, two of an API, the root or other", () => {
    expect(routeGroup("/")).toBe("/");
    expect(routeGroup("/?q=1")).toBe("/");
    expect(routeGroup("/initiativer/demo-app-2025-001?x=1")).toBe("/initiativer");
    expect(routeGroup("/projects/abc/edit")).toBe("/projects");
    expect(routeGroup("/api/attachments/123")).toBe("/api/attachments");
    expect(routeGroup("/api/metrics")).toBe("/api/metrics");
    expect(routeGroup("/_next/static/chunks/x.js")).toBe("/_next/static");
  });

  it("has few values: unknown paths are all 'other'", () => {
    const labels = new Set(
      ["/wp-admin", "/.env", "/api/nope", "/api", "/_next/data/x", "/x/y/z", "/%2e%2e/etc", "/abc123"].map(routeGroup),
    );
    expect([...labels]).toEqual(["other"]);
  });

  it("knows every route folder of app/ and every file of public/", () => {
    const dirs = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .flatMap((e) => (/^\(.*\)$/.test(e.name) ? dirs(path.join(dir, e.name)) : [e.name]));
    const top = dirs(path.join(root, "app")).filter((d) => d !== "api");
    const publicFiles = fs.readdirSync(path.join(root, "public"));
    expect([...top, ...publicFiles].filter((s) => !(pageGroups as readonly string[]).includes(s))).toEqual([]);
    const api = fs.readdirSync(path.join(root, "app", "api"));
    expect(api.filter((s) => !(apiGroups as readonly string[]).includes(s))).toEqual([]);
  });
});

describe("the logged path", () => {
  it("drops the query string", () => {
    expect(loggablePath("/initiativer?q=hemmelig&udvalg=x")).toBe("/initiativer");
  });

  it("hides the private links' tokens and anything like an e-mail address", () => {
    expect(loggablePath("/ansoegning/tok123")).toBe("/ansoegning/[token]");
    expect(loggablePath("/ansoegning/tok123/regnskab")).toBe("/ansoegning/[token]/regnskab");
    // However the request names the path: repeated slashes, or an absolute URL as the request target.
    expect(loggablePath("//ansoegning/tok123")).toBe("/ansoegning/[token]");
    expect(loggablePath("/ansoegning//tok123")).toBe("/ansoegning/[token]");
    expect(loggablePath("http://evil.example/ansoegning/tok123?x=1")).toBe("/ansoegning/[token]");
    expect(loggablePath("/invitation/tok")).toBe("/invitation/[token]");
    expect(loggablePath("/setup/tok")).toBe("/setup/[token]");
    expect(loggablePath("/login/reset/tok")).toBe("/login/reset/[token]");
    expect(loggablePath("/login")).toBe("/login");
    expect(loggablePath("/admin/users/anna@example.dk")).toBe("/admin/users/[email]");
    expect(loggablePath("/x/anna%40example.dk")).toBe("/x/[email]");
  });

  it("is at most 200 characters", () => {
    expect(loggablePath(`/${"a".repeat(500)}`)).toHaveLength(201);
  });
});

describe("an error's text in the log", () => {
  it("has its e-mail addresses masked", () => {
    expect(withoutEmails("550 <anna.b+x@kommune.example.dk>: no such user; cc: bo@x.dk")).toBe(
      "550 <[email]>: no such user; cc: [email]",
    );
    for (const line of [
      "at run (/app/lib/mail/outbox.ts:12:3)",
      "at vn.request (/srv/app/node_modules/@prisma/client/runtime/client.js:65:7639)",
    ])
      expect(withoutEmails(line)).toBe(line);
  });
});

describe("which responses a shared cache may keep", () => {
  const none = {};
  it("the public pages asked without cookies, and no other", () => {
    const shared = ["/", "/initiativer", "/initiativer?udvalg=noerrebro&side=2", "/initiativer/abc", "/opslag"];
    shared.push("/portraetter", "/portraetter/feed.xml", "/udvalg/noerrebro", "/udvalg/n/moeder/m/referat.pdf");
    shared.push("/privatliv", "/tilgaengelighed", "//initiativer", "/api/public/grants.csv", "/api/public/grants.json");
    for (const path of shared) expect(cachePolicy("GET", path, none), path).toBe("shared");
    expect(cachePolicy("HEAD", "/", { cookie: "" })).toBe("shared");
    // A call's page holds the application form, with an idempotency key of its own per visit.
    const never = ["/opslag/sommerpuljen", "/ansoegning/token", "/ansoegning/token/tilsagn.pdf", "/dashboard"];
    never.push("/login", "/api/me", "/initiativer/a/b", "/udvalg", "/api/public/photos/x", "/initiativerx");
    for (const path of never) expect(cachePolicy("GET", path, none), path).toBeNull();
    expect(cachePolicy("POST", "/initiativer", none)).toBeNull();
  });

  it("a visitor with a cookie, or a very long address: rendered for the request, never kept", () => {
    expect(cachePolicy("GET", "/initiativer", { cookie: "lokalpulje-locale=en" })).toBe("private");
    expect(cachePolicy("GET", `/initiativer?q=${"x".repeat(1_000)}`, none)).toBe("private");
  });

  it("a client navigation's payload: the server's copy only, never a CDN's", () => {
    expect(cachePolicy("GET", "/initiativer", { rsc: "1" })).toBe("server");
    expect(cachePolicy("GET", "/initiativer", { "next-router-prefetch": "1" })).toBe("server");
    expect(cachePolicy("GET", "/initiativer?_rsc=abc12", none)).toBe("server");
  });
});

describe("the server's shared copies", () => {
  const page = (headers: Record<string, string> = {}) => ({ url: "/initiativer", headers });
  const html = Buffer.from("<html>…</html>");
  const make = (ttlMs = 60_000) => new ResponseCache({ ttlMs, maxBytes: 1_000_000, maxEntryBytes: 1_000 });

  it("keeps a 200 and serves it to the next request, without the first one's own headers", () => {
    const cache = make();
    expect(cache.get(page())).toBeUndefined();
    const headers = { "content-type": "text/html", vary: "RSC, Cookie", "x-request-id": "a", date: "x" };
    expect(cache.set(page(), 200, headers, html)).toBe(true);
    const copy = cache.get(page())!;
    expect(copy.body.equals(html)).toBe(true);
    expect(copy.headers).toEqual({ "content-type": "text/html", vary: "RSC, Cookie" });
  });

  it("keeps one copy per value of the headers the answer varies by", () => {
    const cache = make();
    cache.set(page({ "accept-encoding": "gzip" }), 200, { vary: "Accept-Encoding" }, Buffer.from("gz"));
    expect(cache.get(page())).toBeUndefined();
    expect(cache.get(page({ "accept-encoding": "gzip" }))?.body.toString()).toBe("gz");
    expect(cache.get({ url: "/initiativer?side=2", headers: { "accept-encoding": "gzip" } })).toBeUndefined();
  });

  it("never keeps an error, a cookie being set, Vary: * or a body over the limit", () => {
    const cache = make();
    expect(cache.set(page(), 404, {}, html)).toBe(false);
    expect(cache.set(page(), 200, { "set-cookie": ["a=b"] }, html)).toBe(false);
    expect(cache.set(page(), 200, { vary: "*" }, html)).toBe(false);
    expect(cache.set(page(), 200, {}, Buffer.alloc(1_001))).toBe(false);
    expect(cache.get(page())).toBeUndefined();
  });

  it("forgets a copy when its time is up", async () => {
    const cache = make(30);
    cache.set(page(), 200, {}, html);
    expect(cache.get(page())).toBeDefined();
    await new Promise((r) => setTimeout(r, 80));
    expect(cache.get(page())).toBeUndefined();
  });
});
