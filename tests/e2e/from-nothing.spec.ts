import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./support";

// Issue 12: a production installation (LOKALPULJE_DEMO=0) from an empty database, in the browser. Its own app on
// its own database (playwright.config.ts, "from-nothing"); scripts/e2e.ts made the set-up link as npm start does.
const admin = { email: "it-chef@amager-oest.example.dk", password: "første administrator 2026" };

test.describe.configure({ mode: "serial" });

test("the set-up link creates the first administrator, who names the installation", async ({ page }) => {
  const link = process.env.E2E_SETUP_LINK;
  expect(link, "scripts/e2e.ts gives the set-up link").toBeTruthy();
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Opsæt Lokalpulje");
  await expectAccessible(page);
  await page.getByLabel("Installationens navn").fill("Lokalpulje – Amager");
  await page.getByLabel("Dit navn").fill("Ida Itchef");
  await page.getByLabel("Din e-mail").fill(admin.email);
  await page.getByLabel("Adgangskode", { exact: true }).fill(admin.password);
  await page.getByLabel("Gentag adgangskoden").fill("en anden adgangskode");
  await page.getByRole("button", { name: "Opret installationen" }).click();
  await expect(page.locator("#passwordAgain-error")).toHaveText("De to adgangskoder er ikke ens.");
  // What was typed stays, except the passwords.
  await expect(page.getByLabel("Installationens navn")).toHaveValue("Lokalpulje – Amager");
  await page.getByLabel("Gentag adgangskoden").fill(admin.password);
  await page.getByRole("button", { name: "Opret installationen" }).click();
  await expect(page).toHaveURL(/\/login\?setup=1$/);
  await expect(page.getByRole("status")).toContainText("Installationen er oprettet");
  await expect(page.getByRole("banner")).toContainText("Lokalpulje – Amager");

  // The link worked once.
  await page.goto(link!);
  await expect(page.getByText("Linket er allerede brugt.")).toHaveAttribute("role", "alert");
  await expectAccessible(page);

  await login(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Installationen" })).toBeVisible();
  await page.getByRole("link", { name: "Installationens indstillinger" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Installation");
  await expectAccessible(page);
  await page.getByLabel("Afsender på mails").fill("ikke en adresse");
  await page.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(page.locator("#mailFrom-error")).toContainText("Skriv en e-mailadresse");
  await page.getByLabel("Afsender på mails").fill("Lokaludvalgene <lokaludvalg@amager.example.dk>");
  await page.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(page.getByRole("status")).toContainText("Indstillingerne er gemt.");
});
