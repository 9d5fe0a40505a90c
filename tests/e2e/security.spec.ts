import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { errorSummary, login } from "./support";

// Headers every response carries (issue 10, point 14).
function expectSiteHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  const csp = h["content-security-policy"] ?? "";
  expect(csp, `${what}: CSP`).toContain("frame-ancestors 'none'");
  expect(csp, `${what}: CSP`).toContain("object-src 'none'");
  expect(csp, `${what}: CSP`).toContain("base-uri 'none'");
  expect(h["permissions-policy"], `${what}: Permissions-Policy`).toContain("camera=()");
  expect(h["x-content-type-options"], `${what}: nosniff`).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  // The e2e server's PUBLIC_URL is http://, so no HSTS (it is set when PUBLIC_URL is https://).
  expect(h["strict-transport-security"], what).toBeUndefined();
  return csp;
}

/** The page's scripts run only by the nonce of this response's CSP; no 'unsafe-inline' for scripts. */
async function expectNoncedScripts(res: APIResponse, what: string) {
  const csp = expectSiteHeaders(res, what);
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(scriptSrc)?.[1];
  expect(nonce, `${what}: a nonce in script-src (${csp})`).toBeTruthy();
  expect(scriptSrc, what).not.toContain("'unsafe-inline'");
  expect(scriptSrc, what).not.toContain("'unsafe-eval'");
  const html = await res.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, `${what}: Next's scripts`).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, what).toContain(`nonce="${nonce}"`);
  return nonce!;
}

/** The secretariat's session, for requests (logged in through the form, so this file needs no setup project). */
async function loggedIn(page: Page) {
  await login(page, "sekretariat@example.dk");
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 20_000 });
  return page.request;
}

/** Collects CSP violations the browser reports while `run` drives the page. */
async function cspViolations(page: Page, run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  await run();
  return seen;
}

test.describe("security headers", () => {
  test("a public page: CSP with a fresh nonce per render on every script, frame-ancestors 'none'", async ({
    request,
  }) => {
    const first = await request.get("/");
    expect(first.status()).toBe(200);
    const a = await expectNoncedScripts(first, "/");
    // Asked with a cookie, the page is rendered for this visitor, with a new nonce. Without one, the server's shared
    // copy of the last 2 s may answer (lib/ops/response-cache.ts), with the nonce its CSP header names.
    const again = await request.get("/", { headers: { cookie: "lokalpulje-locale=da" } });
    const b = await expectNoncedScripts(again, "/ again");
    expect(a).not.toBe(b);
  });

  test("an API route and a public photo: the same headers; the photo sandboxed", async ({ request }) => {
    expectSiteHeaders(await request.get("/api/public/grants.json"), "/api/public/grants.json");
    const photo = await request.get("/api/public/photos/demo-photo-lektiecafe");
    if (photo.status() === 200) {
      expect(photo.headers()["content-security-policy"]).toContain("sandbox");
      expect(photo.headers()["x-content-type-options"]).toBe("nosniff");
    } else expectSiteHeaders(photo, "/api/public/photos (not published)");
  });

  test.describe("as the secretariat", () => {
    test("a staff page carries the nonce CSP; an uploaded file is a sandboxed download", async ({ page }) => {
      const request = await loggedIn(page);
      const dashboard = await request.get("/dashboard");
      expect(dashboard.status()).toBe(200);
      await expectNoncedScripts(dashboard, "/dashboard");
      const file = await request.get("/api/attachments/demo-photo-lektiecafe");
      expect(file.status()).toBe(200);
      expectSiteHeaders(file, "/api/attachments/{id}");
      expect(file.headers()["content-disposition"]).toMatch(/^attachment; filename\*=UTF-8''lektiecafe\.png$/);
      expect(file.headers()["content-security-policy"]).toMatch(/(^|; )sandbox(;|$)/);
    });
  });

  test("the pages that need client JavaScript run without a CSP violation", async ({ page }) => {
    const violations = await cspViolations(page, async () => {
      await page.goto("/");
      await page.getByRole("button", { name: "Switch to English" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Funded initiatives");
      await page.getByRole("button", { name: "Skift til dansk" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Støttede initiativer");
      await page.goto("/opslag/smaa-ansoegninger-hurtigt-spor");
      await page.getByRole("button", { name: "Send ansøgning" }).click();
      await expect(errorSummary(page)).toBeVisible();
      await login(page, "sekretariat@example.dk");
      await expect(page).toHaveURL(/\/dashboard$/, { timeout: 20_000 });
    });
    expect(violations).toEqual([]);
  });
});

test.describe("no open redirect after login", () => {
  for (const hostile of [
    "/\t/evil.example",
    "/\\evil.example",
    "/%2F/evil.example",
    "//evil.example",
    "/%0a/evil.example",
  ]) {
    test(`callbackUrl ${JSON.stringify(hostile)} lands on the dashboard`, async ({ page }) => {
      await page.goto(`/login?callbackUrl=${encodeURIComponent(hostile)}`);
      await page.getByLabel("E-mailadresse").fill("sekretariat@example.dk");
      await page.getByLabel("Adgangskode").fill("lokalpulje-demo");
      await page.getByRole("button", { name: "Log ind", exact: true }).click();
      await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/dashboard$/, { timeout: 20_000 });
    });
  }
});

test.describe("the import API checks Origin", () => {
  const url = "/api/projects/import?committeeId=demo-committee-noerrebro";
  const body = { data: "   ", headers: { "Content-Type": "text/plain" } };

  test("a cookie-authenticated POST with a foreign or missing Origin is refused with 403", async ({
    page,
    baseURL,
  }) => {
    const request = await loggedIn(page);
    const missing = await request.post(url, body);
    expect(missing.status()).toBe(403);
    const foreign = await request.post(url, { ...body, headers: { ...body.headers, Origin: "https://evil.example" } });
    expect(foreign.status()).toBe(403);
    const lookalike = await request.post(url, {
      ...body,
      headers: { ...body.headers, Origin: `${baseURL}.evil.example` },
    });
    expect(lookalike.status()).toBe(403);
    // From the site itself the request reaches the importer (which refuses the empty text).
    const own = await request.post(url, { ...body, headers: { ...body.headers, Origin: baseURL! } });
    expect(own.status()).toBe(400);
  });
});
