import { expect, test } from "@playwright/test";
import { expectAccessible, storageState } from "./support";

// Read-only on the seeded April 2025 meeting: its minutes are approved and published.
const contacts = [
  "Inge Madsen",
  "Rasmus Bech",
  "Yasmin Said",
  "Jytte Olsen",
  "Morten Krag",
  "Amina Hussein",
  "Karen Winther",
];

test("the public finds the published minutes on the committee's page; no contact person is named", async ({ page }) => {
  await page.goto("/udvalg/noerrebro");
  await page.getByTestId("published-minutes").getByRole("link", { name: "Lokaludvalgsmøde april 2025" }).click();
  await expect(page).toHaveURL(/\/udvalg\/noerrebro\/moeder\/demo-meeting-2025-04$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Referat: Lokaludvalgsmøde april 2025");
  await expect(page).toHaveTitle(/Lokaludvalgsmøde april 2025/);
  await expect(page.getByTestId("attendance")).toContainText("Tobias B. Gregory (suppleant: Mikkel Brandt)");
  await expect(page.getByText("Lokaludvalget bevilgede op til 40.000 kr. af de ansøgte 60.000 kr.")).toBeVisible();
  const html = await page.content();
  for (const name of contacts) expect(html, name).not.toContain(name);
  await expectAccessible(page);
});

test.describe("the staff minutes", () => {
  test.use({ storageState: storageState("member") });
  test("a member reads the minutes of the April 2025 meeting, locked, without an edit form", async ({ page }) => {
    await page.goto("/meetings/demo-meeting-2025-04/referat");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Referat: Lokaludvalgsmøde april 2025");
    await expect(page.getByTestId("minutes-status")).toContainText("Referat offentliggjort");
    await expect(page.getByText("Referatet er godkendt og kan ikke længere ændres.")).toBeVisible();
    await expect(page.getByTestId("minutes-item")).toHaveCount(11);
    await expect(page.getByRole("button", { name: "Gem referatet" })).toHaveCount(0);
    await expect(page.getByTestId("versions")).toContainText("Version 1: Søren Sekretariat");
    await expectAccessible(page);
  });
});

test.describe("the secretariat's minutes", () => {
  test.use({ storageState: storageState("secretariat") });
  test("the held March 2026 meeting: texts to edit, and approval blocked by the items without a decision", async ({
    page,
  }) => {
    await page.goto("/meetings/demo-meeting-2026-03/referat");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Referat: Lokaludvalgsmøde marts 2026");
    await expect(page.getByLabel("Mødets forløb (indledning og afslutning)")).toBeVisible();
    await expect(page.getByRole("button", { name: "Gem referatet" })).toBeVisible();
    await expect(page.getByTestId("left-room").first()).toHaveText(
      "Lene E. Nielsen (inhabil) forlod lokalet under punktet.",
    );
    await expect(page.getByTestId("outstanding")).toContainText("1. Inhabilitet: Lene E. Nielsen");
    await expect(page.getByRole("button", { name: "Godkend referatet" })).toBeVisible();
    await expectAccessible(page);
  });
});
