import { expect, test } from "@playwright/test";
import { errorSummary as summary, expectAccessible, login } from "./support";

test.describe("logging in", () => {
  test("empty fields get messages next to them and in a summary, in Danish", async ({ page }) => {
    await page.goto("/login");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Log ind", exact: true }).click();
    await expect(summary(page)).toContainText("Der er 2 fejl i formularen");
    await expect(page.getByText("Skriv din e-mailadresse.").first()).toBeVisible();
    await expect(page.getByLabel("E-mailadresse")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);
  });

  test("a wrong password is refused and the typed e-mail is kept", async ({ page }) => {
    await login(page, "sekretariat@example.dk", "forkert-kodeord");
    await expect(summary(page)).toContainText("E-mailadresse eller adgangskode er forkert.");
    await expect(page.getByLabel("E-mailadresse")).toHaveValue("sekretariat@example.dk");
    await expect(page).toHaveURL(/\/login/);
  });

  test("repeated failures are rate-limited with a clear message", async ({ page }) => {
    const email = `ukendt-${Date.now()}@example.dk`;
    for (let i = 0; i < 5; i++) {
      await login(page, email, "forkert");
      await expect(summary(page)).toContainText("forkert");
    }
    await login(page, email, "forkert");
    await expect(summary(page)).toContainText("For mange mislykkede forsøg");
  });

  test("every demo account logs in with the demo password", async ({ page }) => {
    // Nine logins in a row, each a deliberately slow password hash: a sweep, not a timed check.
    test.setTimeout(180_000);
    const accounts = [
      "admin",
      "sekretariat",
      "sekretariat2",
      "medlem1",
      "medlem2",
      "medlem3",
      "medlem4",
      "medlem5",
      "ansoeger",
    ].map((n) => `${n}@example.dk`);
    for (const email of accounts) {
      await page.context().clearCookies();
      await login(page, email);
      await expect(page, email).toHaveURL(/\/dashboard$/);
    }
  });

  test("each role sees its own dashboard, and logging out ends the session", async ({ page }) => {
    await login(page, "medlem4@example.dk");
    await expect(page.getByRole("heading", { name: "Udvalgsmedlem" })).toBeVisible();
    await expect(page.getByText("12 af 18 vurderet")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Sekretariat" })).toHaveCount(0);
    await page.goto("/logout");
    await expectAccessible(page);
    await page.getByRole("main").getByRole("button", { name: "Log ud" }).click();
    await expect(page).toHaveURL(/\/login\?loggedOut=1/);
    await expect(page.getByRole("status")).toHaveText("Du er logget ud.");
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);
  });

  test("after login the user returns to the page they asked for", async ({ page }) => {
    await page.goto("/projects");
    await expect(page).toHaveURL(/callbackUrl=%2Fprojects/);
    await page.getByLabel("E-mailadresse").fill("sekretariat@example.dk");
    await page.getByLabel("Adgangskode").fill("lokalpulje-demo");
    await page.getByRole("button", { name: "Log ind", exact: true }).click();
    await expect(page).toHaveURL(/\/projects$/);
    await expect(page.getByRole("link", { name: "Fremtidens boligsociale indsats" })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the login form still works, and a wrong password still gets its message", async ({ page }) => {
    await login(page, "medlem2@example.dk", "forkert");
    await expect(summary(page)).toContainText("E-mailadresse eller adgangskode er forkert.");
    await expect(page.getByLabel("E-mailadresse")).toHaveValue("medlem2@example.dk");
    await login(page, "medlem2@example.dk");
    await expect(page).toHaveURL(/\/dashboard$/);
  });
});
