import { expect, test } from "@playwright/test";
import { expectAccessible, storageState } from "./support";

// Read-only: the pool ledger as the secretariat and a member see it; nothing is changed.

test.describe("the pool ledger as the secretariat", () => {
  test.use({ storageState: storageState("secretariat") });

  test("lists the pools and opens a funds year with its figures, chart, movements and budget form", async ({
    page,
  }) => {
    await page.goto("/pools");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Puljeregnskab");
    await expectAccessible(page);
    await page
      .getByRole("region", { name: "Finansår i Nørrebro Lokaludvalgs puljemidler" })
      .getByRole("link", { name: "2026" })
      .click();
    await expect(page).toHaveURL(/\/pools\/demo-pool-noerrebro\/2026$/);
    await expect(page).toHaveTitle(/Puljeregnskab: Nørrebro Lokaludvalgs puljemidler 2026/);
    await expect(page.getByTestId("ledger-budget")).toContainText("3.200.000 kr.");
    await expect(page.getByRole("img", { name: /Graf over 2026/ })).toBeVisible();
    await expect(page.getByRole("table", { name: "Tallene bag grafen, ved udgangen af hver måned" })).toBeVisible();
    await expect(page.getByTestId("movement").first()).toBeVisible();
    await expect(page.getByRole("form", { name: "Ændr budgettet for 2026" })).toBeVisible();
    await expectAccessible(page);

    const csv = await page.request.get("/api/pools/demo-pool-noerrebro/2026/ledger.csv");
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toBe("date,kind,reference,description,amount");
    expect(text.split("\r\n").filter(Boolean).length - 1).toBe(await page.getByTestId("movement").count());
  });
});

test.describe("the pool ledger as a member on a phone", () => {
  test.use({ storageState: storageState("member"), viewport: { width: 375, height: 740 } });

  test("reads the ledger without a budget form, and the page does not scroll sideways", async ({ page }) => {
    await page.goto("/pools/demo-pool-noerrebro/2026");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nørrebro Lokaludvalgs puljemidler 2026");
    await expect(page.getByRole("form", { name: "Ændr budgettet for 2026" })).toHaveCount(0);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    expect(wide).toBe(false);
    await expectAccessible(page);
  });
});
