// Public pages served from cache (issue 16, point 3), on the production server (scripts/server.ts): a public page
// asked without cookies is one shared copy, the same for every visitor, that a CDN may keep (Cache-Control with
// s-maxage and stale-while-revalidate, Vary: Cookie) and that the server itself keeps for 2 s. The HTML does not
// depend on who asks: a signed-in member gets the same page (their login state comes from /api/me afterwards).
// A private link, a staff page and any request with cookies are never shared.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sharedCacheControl } from "@/lib/ops/model";
import { seedDemo } from "@/prisma/seed/demo";
import { ensureBuild } from "@/scripts/lib/fresh-app";
import { isCachedRead, serverReferences } from "@/scripts/lib/server-references";
import { actionBody, actionHeaders } from "@/tests/support/action-call";
import { get, logLines, login, startServer, type Started } from "@/tests/support/app-server";

let server: Started;

beforeAll(async () => {
  ensureBuild();
  await seedDemo(process.env.DATABASE_URL!);
  server = await startServer({});
}, 900_000);

afterAll(() => {
  if (server && server.child.exitCode === null) server.child.kill("SIGKILL");
});

/**
 * What a person sees of a page: its HTML without the scripts. React's payload in the scripts streams its rows in
 * the order they finish, which differs from one render to the next (the test reads it for names apart), and the
 * CSP nonce is new at each render.
 */
const visible = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").replace(/ nonce="[^"]*"/g, "");

const published = "/initiativer/demo-app-2025-001";

describe("the public pages' cache", () => {
  it("serves a public page asked without cookies as one shared copy, kept by a CDN and by the server", async () => {
    for (const page of ["/", "/initiativer", published, "/opslag", "/portraetter", "/udvalg/noerrebro"]) {
      const first = await get(server.port, page);
      expect(first.status, page).toBe(200);
      expect(first.headers["cache-control"], page).toBe(sharedCacheControl);
      expect(first.headers["vary"], page).toMatch(/\bCookie\b/);
      const second = await get(server.port, page);
      expect(second.headers["x-cache"], page).toBe("HIT");
      expect(second.body, page).toBe(first.body);
      expect(second.headers["cache-control"], page).toBe(sharedCacheControl);
      expect(second.headers["content-security-policy"], page).toBe(first.headers["content-security-policy"]);
      expect(second.headers["x-request-id"], page).not.toBe(first.headers["x-request-id"]);
      // The title is in the head for everyone: the copy serves a link-preview bot as well as a browser.
      expect(first.body.indexOf("<title>"), page).toBeGreaterThan(0);
      expect(first.body.indexOf("<title>"), page).toBeLessThan(first.body.indexOf("</head>"));
    }
  }, 120_000);

  it("keeps no copy of a HEAD's answer, which has no body", async () => {
    const head = await new Promise<number>((resolve, reject) =>
      http
        .request({ host: "127.0.0.1", port: server.port, path: "/portraetter?hoved=1", method: "HEAD" }, (r) => {
          r.resume();
          resolve(r.statusCode!);
        })
        .on("error", reject)
        .end(),
    );
    expect(head).toBe(200);
    const page = await get(server.port, "/portraetter?hoved=1");
    expect(page.body).toContain("</html>");
  });

  it("renders a page once for the requests that come while it renders; the open data is kept too", async () => {
    // An address no earlier test asked: twenty visitors at once get one render between them.
    const answers = await Promise.all(Array.from({ length: 20 }, () => get(server.port, "/initiativer?q=repair")));
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    expect(answers.filter((a) => a.headers["x-cache"] === "MISS")).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    for (const file of ["/api/public/grants.csv", "/api/public/grants.json"]) {
      const first = await get(server.port, file);
      const again = await get(server.port, file);
      expect(first.headers["cache-control"], file).toBe(sharedCacheControl);
      expect(again.headers["x-cache"], file).toBe("HIT");
      expect(again.headers["access-control-allow-origin"], file).toBe("*");
      expect(again.body, file).toBe(first.body);
    }
  }, 120_000);

  it("gives a signed-in member the same page as anyone; only /api/me knows who they are", async () => {
    const cookie = await login(server, "medlem1@example.dk");
    const { name } = await db().user.findUniqueOrThrow({ where: { email: "medlem1@example.dk" } });
    for (const page of ["/initiativer", published]) {
      const anyone = await get(server.port, page);
      const member = await get(server.port, page, { cookie });
      expect(member.status, page).toBe(200);
      expect(member.headers["x-cache"], page).toBeUndefined();
      expect(member.headers["cache-control"], page).toMatch(/private|no-store/);
      expect(member.headers["vary"], page).toMatch(/\bCookie\b/);
      expect(visible(member.body), page).toBe(visible(anyone.body));
      expect(visible(member.body), page).toContain("Log ind");
      // Their name may be public (a project's responsible person), but the page says it no more often for them.
      expect(member.body.split(name).length, page).toBe(anyone.body.split(name).length);
      expect(member.body, page).not.toContain("Logget ind som");
    }
    const me = JSON.parse((await get(server.port, "/api/me", { cookie })).body) as {
      account: { signedInAs: string; links: { href: string }[] } | null;
    };
    expect(me.account?.signedInAs).toBe(`Logget ind som ${name}`);
    expect(me.account?.links.map((l) => l.href)).toContain("/logout");
    const nobody = await get(server.port, "/api/me");
    expect(JSON.parse(nobody.body)).toEqual({ account: null });
    expect(nobody.headers["cache-control"]).toBe("private, no-store");
  }, 120_000);

  it("never shares a call's page: each visit's application form has its own idempotency key", async () => {
    const page = "/opslag/smaa-ansoegninger-hurtigt-spor";
    const keys = [];
    for (let i = 0; i < 2; i++) {
      const r = await get(server.port, page);
      expect(r.status).toBe(200);
      expect(r.headers["cache-control"]).not.toMatch(/public|s-maxage/);
      expect(r.headers["x-cache"]).toBeUndefined();
      keys.push(
        /name="submitKey"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="submitKey"/.exec(r.body)?.slice(1).join(""),
      );
    }
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).not.toBe(keys[0]);
  });

  it("gives a client navigation's payload the server's copy, never a CDN's", async () => {
    const headers = { rsc: "1" };
    // Next sends a payload request without its cache-busting parameter to the address with it.
    const asked = await get(server.port, "/initiativer", headers);
    expect(asked.status).toBe(307);
    const path = asked.headers["location"]!;
    const first = await get(server.port, path, headers);
    const again = await get(server.port, path, headers);
    expect(first.status).toBe(200);
    expect(first.headers["content-type"]).toContain("text/x-component");
    expect(first.headers["cache-control"]).not.toMatch(/public|s-maxage/);
    expect(again.headers["x-cache"]).toBe("HIT");
    expect(again.body).toBe(first.body);
    // The page itself is another copy: the payload is never served as the page.
    const page = await get(server.port, "/initiativer");
    expect(page.headers["content-type"]).toContain("text/html");
  });

  it("refuses a cached read called as an action: 404 by its header, nothing found by a plain form", async () => {
    const ids = serverReferences()
      .filter(isCachedRead)
      .map((r) => r.id);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) {
      const r = await fetch(`http://127.0.0.1:${server.port}/`, {
        method: "POST",
        headers: { ...actionHeaders(id), origin: `http://127.0.0.1:${server.port}` },
        body: actionBody([]),
      });
      expect(r.status, id).toBe(404);
      // The same call as a form without JavaScript posts it.
      const form = new FormData();
      form.append(`$ACTION_ID_${id}`, "");
      const plain = await fetch(`http://127.0.0.1:${server.port}/`, {
        method: "POST",
        headers: { origin: `http://127.0.0.1:${server.port}` },
        body: form,
        redirect: "manual",
      });
      expect(plain.status, id).toBeLessThan(500);
    }
    expect(logLines(server).filter((l) => l.level === "error" || (l.level as number) >= 50)).toEqual([]);
  });

  it("never shares a private link, a staff page, another language or an answer to a request with cookies", async () => {
    const link = await get(server.port, "/ansoegning/demo-grant-01-link-0000000000");
    expect(link.status).toBe(200);
    expect(link.headers["cache-control"]).not.toMatch(/public|s-maxage/);
    expect(link.headers["x-cache"]).toBeUndefined();
    const staff = await get(server.port, "/dashboard");
    expect(staff.headers["cache-control"] ?? "").not.toMatch(/public|s-maxage/);
    // The Danish copy is kept; a visitor who chose English gets their own page, never the shared one.
    await get(server.port, "/initiativer");
    const english = await get(server.port, "/initiativer", { cookie: "lokalpulje-locale=en" });
    expect(english.headers["x-cache"]).toBeUndefined();
    expect(english.headers["cache-control"]).not.toMatch(/public|s-maxage/);
    expect(english.body).toContain('<html lang="en"');
    expect((await get(server.port, "/initiativer")).body).toContain('<html lang="da"');
  }, 120_000);
});
