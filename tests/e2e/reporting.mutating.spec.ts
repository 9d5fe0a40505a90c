import { expect, test } from "@playwright/test";
import { errorSummary, expectAccessible, login } from "./support";

// Reporting back (issue 14, points 3, 4, 10): accounts through the private link of demo-grant-06, the secretariat's
// review of demo-grant-07 (more requested, answered through its link, approved with a partial rejection), a spot
// check of the Nørrebro pool's 2026 grants, and the applicant's own page of demo-grant-08. Never demo-grant-01.

const receipt = { name: "kvittering.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n%%EOF\n") };
const link = (n: string) => `/ansoegning/demo-grant-${n}-link-0000000000`;
const caseFile = "/calls/demo-call-smaa-2026/applications/demo-grant-07";

test.describe("through the private link", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the applicant sends accounts against the budget lines; a negative amount is explained, nothing lost", async ({
    page,
  }) => {
    await page.goto(link("06"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cykelskole for kvinder");
    await expect(page.getByTestId("success-criteria")).toContainText("Mindst 40 deltagere");
    await expectAccessible(page);
    await page.getByLabel(/Faktisk beløb for Instruktører/).fill("-100");
    await page.getByLabel(/Faktisk beløb for Cykler/).fill("4.000");
    await page.getByRole("button", { name: "Tilføj indtægt" }).click();
    await page.getByLabel("Indtægt 1", { exact: true }).fill("Entré");
    await page.getByLabel("Beløb for indtægt 1").fill("500");
    await page.getByLabel("Hvad blev gjort?").fill("Tolv kvinder lærte at cykle.");
    await page.getByLabel("Hvor mange deltog?").fill("12");
    await page.getByLabel("Hvordan gik det i forhold til succeskriterierne?").fill("Færre end 40, men alle lærte det.");
    await page.getByLabel("Kvitteringer").setInputFiles(receipt);
    await page.getByRole("button", { name: "Send regnskab" }).click();
    await expect(errorSummary(page)).toContainText("Beløbet kan ikke være negativt");
    await expect(page.getByLabel("Hvad blev gjort?")).toHaveValue("Tolv kvinder lærte at cykle.");
    await expectAccessible(page);
    await page.getByLabel(/Faktisk beløb for Instruktører/).fill("9.500");
    await expect(page.getByTestId("net-total")).toHaveText("13.000 kr.");
    await page.getByRole("button", { name: "Send regnskab" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Regnskabet er modtaget" })).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("accounts-status")).toContainText("Modtaget");
    await expect(page.getByTestId("accounts-net")).toHaveText("13.000 kr.");
    await expect(page.getByTestId("accounts-files")).toContainText("kvittering.pdf (kvittering)");
    await expectAccessible(page);
  });
});

// Each part logs in itself rather than borrowing the setup's session, so the spec also runs alone (--no-deps).
test.describe("the secretariat's review", () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  test.beforeEach(async ({ page }) => {
    await login(page, "sekretariat@example.dk");
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test("asks for more, the applicant answers through the link, and the accounts are approved in part", async ({
    page,
    browser,
  }) => {
    await page.goto(caseFile);
    await expect(page.getByTestId("accounts-review")).toContainText("Lærred og lyd");
    await expectAccessible(page);
    await page.getByLabel("Hvad mangler?").fill("Send kvitteringen for lærredet.");
    await page.getByRole("button", { name: "Bed om mere" }).click();
    await expect(page.getByTestId("accounts-review-status")).toContainText("Sekretariatet beder om mere");

    const applicant = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
    await applicant.goto(link("07"));
    await expect(applicant.getByTestId("accounts-request")).toContainText("Send kvitteringen for lærredet.");
    await applicant.getByRole("button", { name: "Send regnskab" }).click();
    await expect(errorSummary(applicant)).toContainText("Skriv et svar til sekretariatet");
    await applicant.getByLabel("Jeres svar til sekretariatet").fill("Kvitteringen er vedhæftet.");
    await applicant.getByLabel("Kvitteringer").setInputFiles(receipt);
    await applicant.getByRole("button", { name: "Send regnskab" }).click();
    await expect(applicant.getByRole("status").filter({ hasText: "Regnskabet er modtaget" })).toBeVisible();

    await page.reload();
    await expect(page.getByTestId("accounts-review-status")).toContainText("1 kvittering");
    await page.getByLabel("Afvis delvist (kr.)").fill("400");
    await page.getByRole("button", { name: "Godkend regnskabet" }).click();
    await expect(errorSummary(page)).toContainText("Skriv hvorfor en del afvises");
    await page.getByLabel("Begrundelse for den delvise afvisning").fill("Forplejning dækkes ikke.");
    await page.getByRole("button", { name: "Godkend regnskabet" }).click();
    await expect(page.getByTestId("accounts-review-status")).toContainText("Godkendt");
    await expect(page.getByTestId("accounts-review")).toContainText("Afvist delvist: 400 kr.");
    await expectAccessible(page);
  });

  test("draws a spot check, prints the seed and redoes the draw from it", async ({ page }) => {
    await page.goto("/pools/demo-pool-noerrebro/2026/stikproever");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stikprøver 2026");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Træk stikprøve" }).click();
    await expect(page.getByTestId("spot-check-seed").first()).toHaveText(/^\d{4}-\d{2}-\d{2}-/);
    await expect(page.getByTestId("spot-check-drawn").first()).toContainText("NLU-S26-");
    await page.getByText("Gentag trækningen").first().click();
    await expect(page.getByTestId("spot-check-redo").first()).toContainText("Stemmer overens");
    await expectAccessible(page);
  });
});

test.describe("the applicant's own page", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("opens the application from the dashboard; another applicant's is not found", async ({ page }) => {
    await login(page, "ansoeger@example.dk");
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.getByRole("link", { name: "Legedage i vinterferien" }).click();
    await expect(page).toHaveURL(/\/mine\/demo-grant-08$/);
    await expect(page).toHaveTitle(/Legedage i vinterferien/);
    await expect(page.getByTestId("accounts-request")).toContainText("kvitteringen for lokalelejen");
    await expect(page.getByLabel("Jeres svar til sekretariatet")).toBeVisible();
    await expectAccessible(page);
    const other = await page.goto("/mine/demo-grant-07");
    expect(other?.status()).toBe(404);
  });
});
