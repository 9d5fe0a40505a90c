import { expect, test, type Page } from "@playwright/test";
import { errorSummary, expectAccessible, login, mailedLink } from "./support";

test(
  "an applicant applies without an account: bad input first, then valid; " +
    "gets the receipt mail and follows the private link",
  async ({ page, browser }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Små ansøgninger – hurtigt spor" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Små ansøgninger – hurtigt spor");
    await expectAccessible(page);

    await page.getByLabel("Forening, institution eller dit navn").fill("Gårdlauget Stengade");
    await page.getByLabel("CVR-nummer (hvis I har et)").fill("123");
    await page.getByLabel("Navn", { exact: true }).fill("Mette Gård");
    await page.getByLabel("E-mail", { exact: true }).fill("mette-gaard@example");
    await page.getByLabel("Projektets titel").fill("Gårdfest for alle opgange");
    await page.getByLabel("Beskrivelse").fill("Gårdfest.");
    await expect(page.getByText("2991 af 3000 tegn tilbage")).toBeVisible();
    await page.getByLabel("Ansøgt beløb i kr.").fill("otte tusind");
    await page.getByRole("button", { name: "Send ansøgning" }).click();

    const summary = errorSummary(page);
    await expect(summary).toContainText("Et CVR-nummer har 8 cifre.");
    await expect(summary).toContainText("Skriv en gyldig e-mailadresse");
    await expect(summary).toContainText("Beskriv projektet med mindst 20 tegn.");
    await expect(summary).toContainText("Skriv beløbet i kroner, fx 25.000.");
    await expect(page.getByLabel("Projektets titel")).toHaveValue("Gårdfest for alle opgange");
    await expectAccessible(page);

    await page.getByLabel("CVR-nummer (hvis I har et)").fill("12345678");
    await page.getByLabel("E-mail", { exact: true }).fill("mette-gaard@example.dk");
    await page
      .getByLabel("Beskrivelse")
      .fill("En gårdfest hvor naboerne i alle opgange mødes og lærer hinanden at kende.");
    await page.getByLabel("Målgruppe").fill("Beboere i Stengade");
    await page.getByLabel("Periode").fill("Juni 2027");
    await page.getByLabel("Ansøgt beløb i kr.").fill("8.000");
    await page.locator("#budget-0-label").fill("Mad og drikke");
    await page.locator("#budget-0-amount").fill("6.000");
    await page.locator("#budget-1-label").fill("Egenbetaling");
    await page.locator("#budget-1-amount").fill("2.000");
    await page
      .getByLabel("Bilag (valgfri)")
      .setInputFiles({ name: "budget.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n%%EOF\n") });
    await page.getByRole("button", { name: "Send ansøgning" }).click();

    await expect(page.getByRole("status")).toContainText("Tak – vi har modtaget jeres ansøgning");
    const reference = (await page.getByTestId("reference").textContent())!;
    expect(reference).toMatch(/^NOE-\d{4}-\d{3}$/);
    const link = (await page.getByTestId("private-link").getAttribute("href"))!;

    const staff = await (await browser.newContext()).newPage();
    await login(staff, "sekretariat@example.dk");
    await expect(staff).toHaveURL(/\/dashboard$/);
    await staff.goto("/admin/outbox");
    const mail = staff.getByTestId("mail").filter({ hasText: reference });
    await expect(mail).toContainText("Til: mette-gaard@example.dk");
    // The mail delivered over SMTP carries the link; the stored copy does not.
    expect(await mailedLink("mette-gaard@example.dk", reference)).toBe(link);
    await expect(mail).not.toContainText(link.split("/").pop()!);
    await expectAccessible(staff);

    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gårdfest for alle opgange");
    await expect(page.getByTestId("status")).toHaveText("Indsendt");
    await expect(page.getByText("Der er endnu ikke truffet afgørelse.")).toBeVisible();
    await expectAccessible(page);

    // The secretariat decides: a partial grant needs reasons.
    await staff.goto("/calls/demo-call-hurtigt-spor");
    await staff.getByRole("link", { name: "Gårdfest for alle opgange" }).click();
    const decision = staff.getByRole("region", { name: "Afgørelse" });
    await decision.getByRole("radio", { name: "Delvist bevilget" }).check();
    await decision.getByLabel("Bevilget beløb i kr.").fill("6.000");
    await decision.getByRole("button", { name: "Registrér afgørelse" }).click();
    await expect(errorSummary(staff)).toContainText("Skriv en begrundelse (mindst 10 tegn).");
    await expect(decision.getByLabel("Bevilget beløb i kr.")).toHaveValue("6.000");
    await decision.getByLabel("Begrundelse").fill("Teltleje kan lånes gratis af kommunen.");
    await decision.getByRole("button", { name: "Registrér afgørelse" }).click();
    await expect(staff.getByTestId("decision")).toContainText("Delvist bevilget: 6.000 kr.");
    await expectAccessible(staff);

    await page.goto(link);
    await expect(page.getByTestId("status")).toHaveText("Afgjort");
    await expect(page.getByText("Delvist bevilget: 6.000 kr.")).toBeVisible();
    await expect(page.getByText("Teltleje kan lånes gratis af kommunen.")).toBeVisible();

    const guessed = await page.goto(link.slice(0, -4) + "AAAA");
    expect(guessed?.status()).toBe(404);
  },
);

/** The form's required fields, as in the demo call's quick track. */
async function fillValid(page: Page, title: string, email: string) {
  await page.getByLabel("Forening, institution eller dit navn").fill("Gårdlauget Stengade");
  await page.getByLabel("Navn", { exact: true }).fill("Mette Gård");
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Projektets titel").fill(title);
  await page
    .getByLabel("Beskrivelse")
    .fill("En gårdfest hvor naboerne i alle opgange mødes og lærer hinanden at kende.");
  await page.getByLabel("Målgruppe").fill("Beboere i Stengade");
  await page.getByLabel("Periode").fill("Juni 2027");
  await page.getByLabel("Ansøgt beløb i kr.").fill("8.000");
  await page.locator("#budget-0-label").fill("Mad og drikke");
  await page.locator("#budget-0-amount").fill("8.000");
  await page.locator("#budget-1-label").fill("Ansøgt");
  await page.locator("#budget-1-amount").fill("8.000");
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test(
    "the application form posts itself: a refusal shows the errors and keeps what was typed, " + "then the receipt",
    async ({ page }) => {
      await page.goto("/opslag/smaa-ansoegninger-hurtigt-spor");
      await fillValid(page, "Gårdfest uden JavaScript", "uden-js@example");
      await page.getByRole("button", { name: "Send ansøgning" }).click();
      await expect(errorSummary(page)).toContainText("Skriv en gyldig e-mailadresse");
      await expect(page.getByLabel("Projektets titel")).toHaveValue("Gårdfest uden JavaScript");
      await expect(page.locator("#budget-1-label")).toHaveValue("Ansøgt");
      await page.getByLabel("E-mail", { exact: true }).fill("uden-js@example.dk");
      await page.getByRole("button", { name: "Send ansøgning" }).click();
      await expect(page.getByRole("status")).toContainText("Tak – vi har modtaget jeres ansøgning");
      await expect(page.getByTestId("reference")).toHaveText(/^NOE-\d{4}-\d{3}$/);
    },
  );
});

test("a submit that never reaches the server is told, and keeps every field and the chosen file", async ({ page }) => {
  await page.goto("/opslag/smaa-ansoegninger-hurtigt-spor");
  await fillValid(page, "Gårdfest uden forbindelse", "uden-forbindelse@example.dk");
  await page
    .getByLabel("Bilag (valgfri)")
    .setInputFiles({ name: "budget.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n%%EOF\n") });
  // The connection drops as the form is sent (as when a body over the server's limit is refused).
  await page.route("**/opslag/**", (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
  await page.getByRole("button", { name: "Send ansøgning" }).click();
  await expect(errorSummary(page)).toContainText("Ansøgningen kunne ikke sendes");
  await expect(page.getByLabel("Projektets titel")).toHaveValue("Gårdfest uden forbindelse");
  await expect(page.locator("#budget-0-label")).toHaveValue("Mad og drikke");
  expect(await page.getByLabel("Bilag (valgfri)").evaluate((input: HTMLInputElement) => input.files?.length)).toBe(1);

  await page.unrouteAll();
  await page.getByRole("button", { name: "Send ansøgning" }).click();
  await expect(page.getByRole("status")).toContainText("Tak – vi har modtaget jeres ansøgning");
});
