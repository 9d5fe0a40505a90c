import { expect, test as setup } from "@playwright/test";
import { personaEmail } from "../authz/matrix";
import { expectAccessible, login, storageState } from "./support";

// Every role logs in through the real form; the sessions are kept for the
// other tests (the authorization matrix above all).
for (const [persona, email] of Object.entries(personaEmail) as [keyof typeof personaEmail, string][]) {
  setup(`${persona} logs in and sees the dashboard`, async ({ page }) => {
    await login(page, email);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Goddag");
    await expectAccessible(page);
    await page.context().storageState({ path: storageState(persona) });
  });
}
