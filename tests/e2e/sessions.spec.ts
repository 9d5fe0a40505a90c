import { expect as baseExpect, test } from "@playwright/test";
import { errorSummary as summary, expectAccessible, login } from "./support";

// Logins hash with scrypt on a shared 2-core machine: allow for a slow answer.
const expect = baseExpect.configure({ timeout: 20_000 });

test.describe("sessions end on the server", () => {
  test("a copied session cookie is dead after logout", async ({ page, browser }) => {
    await login(page, "medlem3@example.dk");
    await expect(page).toHaveURL(/\/dashboard$/);
    const copied = await page.context().cookies();
    await page.goto("/logout");
    await page.getByRole("main").getByRole("button", { name: "Log ud" }).click();
    await expect(page).toHaveURL(/\/login\?loggedOut=1/);

    const thief = await browser.newContext();
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto("/dashboard");
    await expect(stolen).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);
    await thief.close();
  });
});

test.describe("rate limits and forged headers", () => {
  test("a forged X-Forwarded-For does not give a fresh budget", async ({ page }) => {
    const email = `forged-${Date.now()}@example.dk`;
    for (let i = 0; i < 5; i++) {
      await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${i + 1}` });
      await login(page, email, "forkert");
      await expect(summary(page)).toContainText("forkert");
    }
    await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.77" });
    await login(page, email, "forkert");
    await expect(summary(page)).toContainText("For mange mislykkede forsøg");
  });
});

test.describe("single sign-on", () => {
  const issuer = process.env.E2E_OIDC_ISSUER ?? "";

  /** Tells the fake provider who logs in, by a login_hint on the authorize request. */
  async function ssoAs(page: import("@playwright/test").Page, email: string, verified: boolean) {
    await page.route(`${issuer}/authorize**`, (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set("login_hint", `${email}|${verified ? "verified" : "unverified"}`);
      return route.continue({ url: url.toString() });
    });
    await page.goto("/login");
    await expectAccessible(page);
    await page.getByRole("button", { name: /Log ind med/ }).click();
  }

  test("a staff member whose e-mail the provider has verified gets in", async ({ page }) => {
    await ssoAs(page, "medlem5@example.dk", true);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Goddag");
  });

  test("an unverified e-mail does not link to the staff account", async ({ page }) => {
    await ssoAs(page, "admin@example.dk", false);
    await expect(page).toHaveURL(/\/login\?error=AccessDenied/);
    await expect(page.getByRole("alert").filter({ hasText: "enkeltlogin" })).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);
  });
});
