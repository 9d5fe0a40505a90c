import { expect, test, type Page } from "@playwright/test";
import { errorSummary, expectAccessible, storageState } from "./support";

/** A project of Nørrebro moved to "Indstillet til udvalget" in the browser: it then awaits the committee's approval. */
async function recommendedProject(page: Page, title: string) {
  await page.goto("/projects/new");
  await page.getByLabel("Udvalg").selectOption({ label: "Nørrebro Lokaludvalg" });
  await page.getByLabel("Skabelon").selectOption({ label: "Nørrebro Lokaludvalg – projektbeskrivelse (2025)" });
  await page.getByLabel("Titel").fill(title);
  await page.getByRole("button", { name: "Opret og redigér" }).click();
  await expect(page).toHaveURL(/\/projects\/[^/]+\/edit$/);
  // The form requires its purpose before the project goes to the committee.
  await page.locator("#f-purpose").fill("At samle erfaringer og foreslå næste skridt.");
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gemt som version 2." })).toBeVisible();
  await page.goto(page.url().replace(/\/edit$/, ""));
  const status = page.getByRole("region", { name: "Status og beslutninger" });
  await status.getByLabel("Indstillet til udvalget").check();
  await status.getByRole("button", { name: "Skift status" }).click();
  await expect(status.getByTestId("project-status")).toContainText("Indstillet");
}

test.describe("a meeting and its agenda", () => {
  test.use({ storageState: storageState("secretariat") });
  // A cookie-authenticated POST must come from the site itself (a browser sends its Origin).
  test.use({ extraHTTPHeaders: async ({ baseURL }, provide) => provide({ Origin: baseURL! }) });

  test("is planned in the browser, gets a free item and a case, is reordered by keyboard and sent", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const stamp = Date.now().toString(36);
    const title = `Lokaludvalgsmøde ${stamp}`;
    await page.goto("/meetings");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Møder");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Nyt møde" }).click();
    await expect(page).toHaveURL(/\/meetings\/new$/);
    await expectAccessible(page);
    await page.getByLabel("Udvalg").selectOption({ label: "Nørrebro Lokaludvalg" });
    await page.getByRole("button", { name: "Opret møde" }).click();
    await expect(errorSummary(page)).toContainText("Skriv mødets titel.");
    await page.getByLabel("Titel").fill(title);
    await page.getByLabel("Dato og tidspunkt").fill("2030-05-14T18:00");
    await page.getByLabel("Sted").fill("Nørrebro Bibliotek, mødesal 1");
    await page.getByRole("button", { name: "Opret møde" }).click();
    await expect(page).toHaveURL(/\/meetings\/(?!new$)[^/]+$/);
    const meetingUrl = page.url();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const items = page.getByTestId("agenda-item");
    await expect(items).toHaveCount(4);
    await expect(items.first()).toContainText("1. Godkendelse af dagsorden");
    await expect(page.getByRole("link", { name: "Mødeafvikling" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Referat" })).toBeVisible();
    await expectAccessible(page);

    // A free item goes before the closing standing items.
    const free = page.getByRole("form", { name: "Frit punkt" });
    await free.getByLabel("Titel").fill("Nyt fra arbejdsgrupperne");
    await free.getByLabel("Punktets type").selectOption({ label: "Orientering" });
    await free.getByLabel("Sagsfremstilling").fill("Kort orientering fra hver gruppe.");
    await free.getByRole("button", { name: "Tilføj" }).click();
    await expect(free.getByRole("status")).toContainText("1 punkt er tilføjet.");
    await expect(items).toHaveCount(5);
    await expect(items.nth(2)).toContainText("3. Nyt fra arbejdsgrupperne");

    // A case of its own: a project this test recommends. The social call's recommendations belong to the decision
    // meeting's spec (meeting-decisions), which decides them and may run first; the whole round as one item is
    // tests/integration/meetings-agenda.test.ts.
    const caseTitle = `Konference ${stamp}`;
    await recommendedProject(page, caseTitle);
    await page.goto(meetingUrl);
    const fromProject = page.getByRole("form", { name: "Projekter til godkendelse" });
    await fromProject.getByLabel("Projekt").selectOption({ label: caseTitle });
    await fromProject.getByRole("button", { name: "Tilføj" }).click();
    await expect(fromProject.getByRole("status")).toContainText("1 punkt er tilføjet.");
    await expect(items).toHaveCount(6);
    await expect(items.nth(3)).toContainText(`4. ${caseTitle}`);
    await expect(items.nth(3)).toContainText("Arbejdsgruppen indstiller, at lokaludvalget");

    // Reordered from the keyboard: the case moves up above the free item.
    await page.getByRole("button", { name: `Flyt op: ${caseTitle}` }).focus();
    await page.keyboard.press("Enter");
    await expect(items.nth(2)).toContainText(`3. ${caseTitle}`);
    await expect(items.nth(3)).toContainText("4. Nyt fra arbejdsgrupperne");

    // The agenda goes out to the invited members.
    await page.getByRole("button", { name: "Send dagsorden", exact: true }).click();
    await expect(page.getByText(/Dagsordenen er sendt til \d+ modtagere\./)).toBeVisible();
    await expect(page.getByRole("button", { name: "Send dagsorden igen" })).toBeVisible();
    await expect(page.getByText(/Dagsorden udsendt/).first()).toBeVisible();
    const pdf = await page.request.get(`${meetingUrl}/dagsorden.pdf`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    await expectAccessible(page);
  });
});
