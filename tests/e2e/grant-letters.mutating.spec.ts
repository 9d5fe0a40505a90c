import { expect, test, type Page } from "@playwright/test";
import { errorSummary, expectAccessible, login, mailTo, signedIn } from "./support";

// Issue 14, points 1, 2 and 10, on the demo round "Små arrangementer 2026" (never demo-grant-01: the lead's own):
// the secretariat sends demo-grant-02's letter, the applicant accepts it through the private link; the advance of
// demo-grant-04 is paid; demo-grant-09's final payout is refused to the accounts' approver (four eyes), paid by a
// colleague, and the grant is closed.

const caseFile = (n: string) => `/calls/demo-call-smaa-2026/applications/demo-grant-${n}`;
const money = (page: Page) => page.getByTestId("grant-money");

test.describe("grant letters and payments", () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  test.beforeEach(async ({ page }) => {
    await login(page, "sekretariat@example.dk");
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test("the letter is sent from its draft and accepted through the link; the PDF opens", async ({ page, browser }) => {
    await page.goto(caseFile("02"));
    const draft = page.getByTestId("letter-draft");
    await expect(draft).toContainText("tilskud02@example.dk");
    await expect(page.getByLabel(/Udbetal forskud på 4\.000 kr\. ved accept/)).toBeChecked();
    await expectAccessible(page);
    await page.getByLabel("Frist for regnskab").fill("");
    await page.getByRole("button", { name: "Send tilsagnsbrevet" }).click();
    await expect(errorSummary(page)).toContainText("Skriv en frist for regnskabet");
    await page.getByLabel("Frist for regnskab").fill("2026-11-30");
    await page.getByLabel("Betingelser").fill("Udvalgets logo på plakaten.");
    await page.getByRole("button", { name: "Send tilsagnsbrevet" }).click();
    // The section shows the letter as sent in place of the draft (the form's own notice goes with the form).
    await expect(page.getByTestId("grant-letter")).toContainText("Sendt");
    await expect(page.getByTestId("status")).toHaveText("Tilsagn sendt");
    await expect(page.getByTestId("grant-letter")).toContainText("30. november 2026");
    await expect(page.getByTestId("grant-steps").locator('[data-step="letterSent"]')).toHaveAttribute(
      "data-done",
      "true",
    );
    await expectAccessible(page);
    const mail = await mailTo("tilskud02@example.dk", "Tilsagn");
    expect(mail.text).toContain("op til 8.000 kr.");
    expect(mail.text).toContain("Udvalgets logo på plakaten.");

    const applicant = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
    await applicant.goto("/ansoegning/demo-grant-02-link-0000000000");
    const section = applicant.getByTestId("applicant-letter");
    await expect(section).toContainText("4.000 kr.");
    await expect(section).toContainText("30. november 2026");
    await expectAccessible(applicant);
    await applicant.getByRole("button", { name: "Jeg accepterer tilsagnet" }).click();
    await expect(errorSummary(applicant)).toContainText("Skriv dit navn.");
    await applicant.getByLabel("Dit fulde navn").fill("Omar Said");
    await applicant.getByRole("button", { name: "Jeg accepterer tilsagnet" }).click();
    await expect(applicant.getByTestId("accepted")).toContainText("Omar Said");
    await applicant.reload();
    await expect(applicant.getByTestId("accepted")).toContainText("Omar Said");
    await expect(applicant.getByRole("button", { name: "Jeg accepterer tilsagnet" })).toHaveCount(0);
    await expectAccessible(applicant);
    const pdf = await applicant.request.get("/ansoegning/demo-grant-02-link-0000000000/tilsagn.pdf");
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");

    await page.reload();
    await expect(page.getByTestId("status")).toHaveText("Tilsagn accepteret");
    const staffPdf = await page.request.get("/api/grants/demo-grant-02/letter.pdf");
    expect(staffPdf.status()).toBe(200);
  });

  test("the advance is paid with its reference, and a second payment of it is impossible", async ({ page }) => {
    await page.goto(caseFile("04"));
    const form = page.getByRole("form", { name: "Udbetal forskud" });
    await expect(form.getByLabel("Beløb")).toHaveValue("8.000");
    await expectAccessible(page);
    await form.getByRole("button", { name: "Udbetal forskud" }).click();
    await expect(errorSummary(page)).toContainText("Skriv kontoreferencen.");
    await form.getByLabel("Kontoreference").fill("UDB-E2E-04-A");
    await form.getByRole("button", { name: "Udbetal forskud" }).click();
    await expect(page.getByTestId("payments")).toContainText("UDB-E2E-04-A");
    await page.reload();
    await expect(page.getByTestId("status")).toHaveText("Forskud udbetalt");
    await expect(page.getByTestId("payments")).toContainText("UDB-E2E-04-A");
    await expect(page.getByRole("form", { name: "Udbetal forskud" })).toHaveCount(0);
  });

  test("four eyes: the accounts' approver cannot pay out; a colleague pays and closes the grant", async ({
    page,
    browser,
  }) => {
    const approver = await signedIn(browser, "sekretariat2@example.dk");
    await approver.goto(caseFile("09"));
    await expect(approver.getByTestId("four-eyes")).toContainText("Fire øjne");
    await expect(approver.getByRole("form", { name: "Udbetal slutbeløb" })).toHaveCount(0);
    await expectAccessible(approver);

    await page.goto(caseFile("09"));
    await expect(page.getByTestId("settlement")).toBeVisible();
    const form = page.getByRole("form", { name: "Udbetal slutbeløb" });
    await form.getByLabel("Kontoreference").fill("UDB-E2E-09-S");
    await expectAccessible(page);
    await form.getByRole("button", { name: "Udbetal slutbeløb" }).click();
    await expect(page.getByTestId("payments")).toContainText("UDB-E2E-09-S");
    await page.reload();
    await expect(page.getByTestId("status")).toHaveText("Udbetalt");
    await page.getByRole("button", { name: "Afslut bevillingen" }).click();
    await expect(page.getByTestId("status")).toHaveText("Afsluttet");
    await expect(money(page).locator('[data-step="closed"]')).toHaveAttribute("data-done", "true");
  });

  test("the dashboard counts the money work with links, and the committee's four-eyes setting shows", async ({
    page,
    browser,
  }) => {
    await page.goto("/dashboard");
    const work = page.getByTestId("grant-work");
    await expect(work.getByTestId("grant-work-accountsMissing")).toContainText(/regnskab(er)? mangler/);
    await work.getByTestId("grant-work-accountsMissing").locator("summary").click();
    await expect(work.getByRole("link", { name: /NLU-S26-05/ })).toBeVisible();
    await expectAccessible(page);
    const admin = await signedIn(browser, "admin@example.dk");
    await admin.goto("/admin/committees/demo-committee-noerrebro");
    await expect(admin.getByLabel(/Fire øjne på udbetalinger/)).toBeChecked();
    await expectAccessible(admin);
  });
});

test.describe("the applicant's dashboard", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("lists their applications with a link to each and the grant's step", async ({ page }) => {
    await login(page, "ansoeger@example.dk");
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("link", { name: "Fortælleaftener i gården" })).toHaveAttribute(
      "href",
      "/mine/demo-grant-03",
    );
    await expectAccessible(page);
  });
});
