import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { expectAccessible, login, mailTo } from "./support";

// A new person's whole way in: invited by the demo admin, accepts the mailed link, logs in, turns on a second
// factor, logs in with a code, and resets a forgotten password (with a recovery code). Only the new person's
// password and second factor change: the demo accounts are used by other specs at the same time.

const password = "en lang og hemmelig adgangskode";
const newPassword = "en ny lang og hemmelig adgangskode";

const linkIn = async (to: string, path: string) => {
  const mail = await mailTo(to, path);
  return new RegExp(`https?://\\S+${path}[A-Za-z0-9_-]+`).exec(mail.text)![0];
};

const codeAt = (secret: string, ms: number) =>
  new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, "")) }).generate({ timestamp: ms });

async function anonymousPage(page: Page) {
  const context = await page
    .context()
    .browser()!
    .newContext({ storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

test.describe("accounts", () => {
  // Logs in itself rather than borrowing the setup's session, so the spec also runs alone (--no-deps).
  test.use({ storageState: { cookies: [], origins: [] } });

  test("invite → accept → log in → second factor → log in with a code → reset the password", async ({ page }) => {
    const email = `e2e-${Date.now()}@example.dk`;
    await login(page, "admin@example.dk");
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.goto("/admin/users");
    await expectAccessible(page);
    await page.locator("#email").fill(email);
    await page.locator("#name").fill("Elna Eksempel");
    await page.locator("#committeeId").selectOption({ index: 1 });
    await page.locator("#title").fill("kasserer");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByRole("status").filter({ hasText: email })).toBeVisible();
    await page.reload();
    await page.getByRole("link", { name: "Elna Eksempel" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Elna Eksempel");
    await expectAccessible(page);

    // The invited person, in a browser of their own.
    const person = await anonymousPage(page);
    await person.goto(await linkIn(email, "/invitation/"));
    await expectAccessible(person);
    await person.getByLabel("Ny adgangskode").fill(password);
    await person.getByLabel("Gentag adgangskoden").fill(password);
    await person.getByRole("button", { name: "Tag imod og gem adgangskoden" }).click();
    await expect(person).toHaveURL(/\/login\?welcome=1/);
    await expect(person.getByRole("status")).toContainText("Din adgangskode er gemt");
    await login(person, email, password);
    await expect(person).toHaveURL(/\/dashboard$/);

    // A second factor.
    await person.getByRole("link", { name: "Sikkerhed" }).click();
    await expectAccessible(person);
    await person.getByRole("button", { name: "Slå totrinsbekræftelse til" }).click();
    const secret = (await person.getByTestId("totp-secret").textContent())!;
    await expectAccessible(person);
    const enrolledAt = Date.now();
    await person.getByLabel("Kode fra appen").fill(codeAt(secret, enrolledAt));
    await person.getByRole("button", { name: "Bekræft og slå til" }).click();
    const recovery = person.getByTestId("recovery-codes").getByRole("listitem");
    await expect(recovery).toHaveCount(10);
    const recoveryCode = (await recovery.first().textContent())!;

    // Logging in again needs a code; the one used to enrol is spent, so the next step's code is given.
    await person.getByRole("button", { name: "Log ud" }).click();
    await expect(person).toHaveURL(/\/login\?loggedOut=1/);
    await login(person, email, password);
    await expect(person).toHaveURL(/\/login\/code/);
    await expectAccessible(person);
    await person.getByLabel("Kode", { exact: true }).fill(codeAt(secret, enrolledAt + 30_000));
    await person.getByRole("button", { name: "Log ind", exact: true }).click();
    await expect(person).toHaveURL(/\/dashboard$/);

    // A forgotten password, reset through the mailed link (a recovery code stands in for the phone).
    const stranger = await anonymousPage(page);
    await stranger.goto("/login");
    await stranger.getByRole("link", { name: "Glemt adgangskode?" }).click();
    await expectAccessible(stranger);
    await stranger.getByLabel("E-mailadresse").fill(email);
    await stranger.getByRole("button", { name: "Send link" }).click();
    await expect(stranger.getByRole("status")).toContainText("Hvis adressen hører til en konto");
    await stranger.goto(await linkIn(email, "/login/reset/"));
    await expectAccessible(stranger);
    await stranger.getByLabel("Ny adgangskode").fill(newPassword);
    await stranger.getByLabel("Gentag adgangskoden").fill(newPassword);
    await stranger.getByLabel("Kode fra din app eller en gendannelseskode").fill(recoveryCode);
    await stranger.getByRole("button", { name: "Gem adgangskoden" }).click();
    await expect(stranger).toHaveURL(/\/login\?reset=1/);
    await expect(stranger.getByRole("status")).toContainText("Din nye adgangskode er gemt");

    // Every session ended with the reset: the person's browser is logged out.
    await person.goto("/dashboard");
    await expect(person).toHaveURL(/\/login/);
  });
});
