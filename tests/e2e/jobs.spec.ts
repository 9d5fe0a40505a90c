import { expect, test } from "@playwright/test";
import { expectAccessible, storageState } from "./support";

// Read-only: no run is started here, and nothing depends on when the scheduled jobs fire.
test.describe("the jobs page and a project's reports", () => {
  test.use({ storageState: storageState("secretariat") });

  test("the secretariat sees each reminder job with its schedule and a run-now button", async ({ page }) => {
    await page.goto("/admin/jobs");
    await expect(page).toHaveTitle(/Planlagte job/);
    await expect(page.getByRole("heading", { level: 1, name: "Planlagte job" })).toBeVisible();
    for (const kind of ["accounts", "lapse", "scoring", "portrait", "statusReports", "retention"])
      await expect(page.getByTestId(`job-${kind}`)).toBeVisible();
    await expect(page.getByRole("button", { name: /^Kør nu: / })).toHaveCount(6);
    await expect(page.getByRole("heading", { name: "Fejlede kørsler" })).toBeVisible();
    await expectAccessible(page);
  });

  test("the project page shows its reports and lets the secretariat plan one", async ({ page }) => {
    await page.goto("/projects/demo-project-boligsocial");
    const section = page.locator("section#reports");
    await expect(section.getByRole("heading", { name: "Statusrapporter og evalueringer" })).toBeVisible();
    await expect(section.getByLabel("Frist")).toBeVisible();
    await expect(section.getByRole("button", { name: "Tilføj planlagt rapport" })).toBeVisible();
    await expectAccessible(page);
  });
});
