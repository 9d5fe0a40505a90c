import { expect, test } from "@playwright/test";
import { errorSummary, expectAccessible, storageState } from "./support";

test("two people edit the same project: the later save gets a conflict, nothing is overwritten, and the history shows both versions with a diff", async ({ browser }) => {
  test.setTimeout(120_000);
  const first = await (await browser.newContext({ storageState: storageState("secretariat") })).newPage();
  const second = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  await first.goto("/projects/demo-project-stemmer");
  await first.getByRole("link", { name: "Redigér" }).click();
  await expect(first.getByRole("heading", { level: 1 })).toContainText("Redigér:");
  await second.goto("/projects/demo-project-stemmer/edit");
  await expectAccessible(first);

  // A budget line without a label is refused next to the field; nothing typed is lost.
  const budget = first.getByRole("region", { name: "Budget" });
  await budget.getByRole("button", { name: "Tilføj: budget" }).click();
  await budget.locator("#f-budget-1-amountOre").fill("2.500");
  await first.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(errorSummary(first)).toContainText("Skriv, hvad posten dækker.");
  await expect(budget.locator("#f-budget-1-amountOre")).toHaveValue("2.500");
  await budget.locator("#f-budget-1-label").fill("Kaffe til besøgene");
  await first.getByLabel("Formål", { exact: true }).fill("Støtte, hylde og synliggøre en social indsats på Nørrebro.");
  await first.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(first.getByRole("status").filter({ hasText: "Gemt som version 2." })).toBeVisible();

  await second.getByLabel("Formål", { exact: true }).fill("Et helt andet formål, skrevet samtidig.");
  await second.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(errorSummary(second)).toContainText("En anden har gemt en nyere udgave af projektet");
  await expect(second.getByLabel("Formål", { exact: true })).toHaveValue("Et helt andet formål, skrevet samtidig.");

  await second.goto("/projects/demo-project-stemmer/history");
  await expect(second.getByTestId("version-row")).toHaveCount(2);
  await expect(second.getByTestId("version-row").first()).toContainText("Søren Sekretariat");
  const diff = second.getByTestId("diff-row");
  await expect(diff.filter({ hasText: "Formål" })).toContainText("Støtte, hylde og synliggøre en social indsats på Nørrebro.");
  await expect(diff.filter({ hasText: "Budget › 2 › Betegnelse" })).toContainText("Kaffe til besøgene");
  await expect(diff.filter({ hasText: "Budget › 2 › Beløb i kr." })).toContainText("250000");
  await expectAccessible(second);

  await second.getByRole("button", { name: "Gendan denne version (1)" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Versionen er gendannet" })).toBeVisible();
  await second.goto("/projects/demo-project-stemmer/history");
  await expect(second.getByTestId("version-row")).toHaveCount(3);
});
