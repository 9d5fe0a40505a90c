import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./support";

// Issue 16: a city committee holds thousands of projects, so the staff list filters and pages.
test("the secretariat filters the project list by status and by a word of the title", async ({ page }) => {
  await login(page, "sekretariat@example.dk");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/projects");
  await expect(page.getByText(/^1–\d+ af \d+ projekter$/)).toBeVisible();
  await page.getByLabel("Status").selectOption({ label: "I gang" });
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/\/projects\?q=&status=RUNNING$/);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const status of await rows.locator("td:nth-child(5)").allTextContents()) expect(status).toBe("I gang");
  await expectAccessible(page);
  await page.getByLabel("Søg i titlen").fill("findes-ikke-i-nogen-titel");
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page.getByText("Ingen projekter passer til filtrene.")).toBeVisible();
  await page.getByRole("link", { name: "Ryd filtre" }).click();
  await expect(page).toHaveURL(/\/projects$/);
});
