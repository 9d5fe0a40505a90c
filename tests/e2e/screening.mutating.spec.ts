import { expect, test, type Page } from "@playwright/test";
import { errorSummary, expectAccessible, login, mailedLink } from "./support";

// A 1×1 PNG, as a phone's photo would be (type checked by its bytes).
const photo = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

/** The outbox shows the mail about `text`, but never a working private link. */
async function expectMaskedInOutbox(staff: Page, text: string, link: string) {
  await staff.goto("/admin/outbox");
  const mail = staff.getByTestId("mail").filter({ hasText: text }).first();
  await expect(mail).toBeVisible();
  await expect(mail).not.toContainText(link.split("/").pop()!);
}

test("the secretariat creates and publishes a call; bad input is explained and nothing typed is lost", async ({
  page,
}) => {
  await login(page, "sekretariat@example.dk");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/calls");
  await page.getByRole("link", { name: "Nyt opslag" }).click();
  await expectAccessible(page);
  await page.getByLabel("Pulje", { exact: true }).selectOption({ label: "Nørrebro Lokaludvalgs puljemidler" });
  await page.getByLabel("Titel", { exact: true }).fill("Pulje til gårdfester 2027");
  await page.getByLabel("Rådighedsbeløb i kr.").fill("100.000");
  await page.getByLabel("Mindste tilskud i kr. (valgfrit)").fill("20.000");
  await page.getByLabel("Største tilskud i kr. (valgfrit)").fill("10.000");
  await page.getByLabel("Ansøgningsfrist").fill("2027-03-01T12:00");
  await page.getByLabel("Vurderingsskema").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Gem opslag" }).click();
  await expect(errorSummary(page)).toContainText("Mindste tilskud er større end største tilskud.");
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue("Pulje til gårdfester 2027");
  await expect(page.getByLabel("Ansøgningsfrist")).toHaveValue("2027-03-01T12:00");
  await expectAccessible(page);
  await page.getByLabel("Mindste tilskud i kr. (valgfrit)").fill("1.000");
  await page.getByRole("button", { name: "Gem opslag" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pulje til gårdfester 2027");

  await page.getByRole("link", { name: "Redigér opslag" }).click();
  await expect(page.getByTestId("call-status")).toHaveText("Status: Kladde");
  await page.getByRole("button", { name: "Offentliggør" }).click();
  await expect(page.getByTestId("call-status")).toHaveText("Status: Åben");
  await expectAccessible(page);

  await page.goto("/opslag/pulje-til-gaardfester-2027");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pulje til gårdfester 2027");
  await expect(page.getByRole("button", { name: "Send ansøgning" })).toBeVisible();
});

test("in English, the call form with one error says so in the singular and names the call", async ({ page }) => {
  await login(page, "sekretariat@example.dk");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/calls/new");
  await page.getByLabel("Amount available (DKK)").fill("100.000");
  await page.getByRole("button", { name: "Save call" }).click();
  await expect(errorSummary(page)).toContainText("There is 1 error in the call");
  await expect(errorSummary(page)).toContainText("Give the call a title (at least 3 characters).");
});

test("a rubric is edited in the browser: criteria added, bad weights explained", async ({ page }) => {
  await login(page, "sekretariat@example.dk");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/rubrics/new");
  await page.getByLabel("Navn", { exact: true }).fill("Skema for gårdfester");
  await page.locator("#criteria-0-title").fill("Fællesskab i gården");
  await page.locator("#criteria-0-weight").fill("0");
  await page.getByRole("button", { name: "Tilføj kriterium" }).click();
  await page.locator("#criteria-1-title").fill("Grøn omstilling");
  await page.locator("#criteria-1-weight").fill("2");
  await page.getByRole("button", { name: "Gem skema" }).click();
  await expect(errorSummary(page)).toContainText("Vægten skal være et helt tal fra 1 til 100.");
  await expect(page.locator("#criteria-1-title")).toHaveValue("Grøn omstilling");
  await expectAccessible(page);
  await page.locator("#criteria-0-weight").fill("3");
  await page.getByRole("button", { name: "Gem skema" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Skema for gårdfester");
  await expect(page.locator("#criteria-1-title")).toHaveValue("Grøn omstilling");

  await page.goto("/rubrics/demo-rubric-social");
  await expect(page.getByTestId("rubric-locked")).toBeVisible();
});

test(
  "an application from draft to recommendation: the applicant saves a draft, sends it, answers a question; " +
    "the secretariat screens, shortlists, visits and recommends",
  async ({ page, browser }) => {
    await page.goto("/opslag/smaa-ansoegninger-hurtigt-spor");
    await page.getByLabel("Forening, institution eller dit navn").fill("Vennerne af Stengade");
    await page.getByLabel("E-mail", { exact: true }).fill("vennerne@example.dk");
    await page.getByLabel("Projektets titel").fill("Plantedag i Stengade");
    await page.getByRole("button", { name: "Gem kladde" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Kladden er gemt." })).toContainText("vennerne@example.dk");

    const staff = await (await browser.newContext()).newPage();
    await login(staff, "sekretariat@example.dk");
    await expect(staff).toHaveURL(/\/dashboard$/);
    const draftLink = await mailedLink("vennerne@example.dk", "kladde");
    await expectMaskedInOutbox(staff, "Kladde gemt: Plantedag i Stengade", draftLink);

    // Another day, another device: the link opens the draft with what was typed.
    const later = await (await browser.newContext()).newPage();
    await later.goto(draftLink);
    await expect(later.getByRole("heading", { level: 1 })).toHaveText("Kladde: fortsæt ansøgningen");
    await expect(later.getByLabel("Projektets titel")).toHaveValue("Plantedag i Stengade");
    await expectAccessible(later);
    await later.getByLabel("Navn", { exact: true }).fill("Sofie Stengade");
    await later
      .getByLabel("Beskrivelse")
      .fill("Vi planter blomster og krydderurter i bede langs gaden sammen med beboerne.");
    await later.getByLabel("Målgruppe").fill("Beboere og børnefamilier");
    await later.getByLabel("Periode").fill("Maj 2027");
    await later.getByLabel("Ansøgt beløb i kr.").fill("5.000");
    await later.locator("#budget-0-label").fill("Planter og jord");
    await later.locator("#budget-0-amount").fill("5.000");
    await later.locator("#budget-1-label").fill("Ansøgt fra lokaludvalget");
    await later.locator("#budget-1-amount").fill("5.000");
    await later.getByRole("button", { name: "Send ansøgning" }).click();
    await expect(later.getByRole("status")).toContainText("Tak – vi har modtaget jeres ansøgning");
    const link = (await later.getByTestId("private-link").getAttribute("href"))!;
    expect(link).toBe(draftLink);

    // The secretariat finds it in the inbox by searching, and asks a question.
    await staff.goto("/calls/demo-call-hurtigt-spor?q=stengade");
    await expect(staff.getByRole("link", { name: "Plantedag i Stengade" })).toBeVisible();
    await expectAccessible(staff);
    await staff.getByRole("link", { name: "Plantedag i Stengade" }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Plantedag i Stengade");
    const caseUrl = staff.url();
    await staff.getByRole("button", { name: "Send spørgsmål" }).click();
    await expect(errorSummary(staff)).toContainText("Skriv spørgsmålet (mindst 5 tegn).");
    await staff.getByLabel("Spørg ansøgeren").fill("Har I talt med ejendommens vicevært om bedene?");
    await staff.getByRole("button", { name: "Send spørgsmål" }).click();
    await expect(staff.getByTestId("status")).toHaveText("Afventer oplysninger");
    await expect(staff.getByTestId("thread")).toContainText("Har I talt med ejendommens vicevært om bedene?");

    await later.goto(link);
    await expect(later.getByTestId("thread")).toContainText("Har I talt med ejendommens vicevært om bedene?");
    await later.getByLabel("Jeres svar").fill("Ja, viceværten hjælper med vand.");
    await later.getByRole("button", { name: "Send svar" }).click();
    await expect(later.getByTestId("thread")).toContainText("Ja, viceværten hjælper med vand.");
    await expectAccessible(later);

    await staff.goto(caseUrl);
    await expect(staff.getByTestId("status")).toHaveText("Screening");
    await expect(staff.getByTestId("thread")).toContainText("Ja, viceværten hjælper med vand.");
    const screening = staff.getByRole("region", { name: "Screening" });
    await screening.getByRole("radio", { name: /^Ja/ }).check();
    await screening.getByRole("button", { name: "Gem screening" }).click();
    await expect(staff.getByTestId("eligibility")).toContainText("Screenet: Ja");
    await staff.getByRole("button", { name: "Sæt på kortlisten" }).click();
    await expect(staff.getByTestId("status")).toHaveText("På kortlisten");

    const visits = staff.getByRole("region", { name: "Besøg" });
    await visits.getByLabel("Trine Otto Hansen").check();
    await visits.getByLabel("Noter fra besøget").fill("Bedene er klar; viceværten var med.");
    await visits
      .getByLabel("Fotos (valgfri)")
      .setInputFiles({ name: "bede.png", mimeType: "image/png", buffer: photo });
    await visits.getByLabel("Hvad viser fotoene? (alternativ tekst)").fill("Tomme bede langs Stengade");
    await visits.getByRole("button", { name: "Registrér besøg" }).click();
    await expect(staff.getByTestId("visits")).toContainText("Bedene er klar; viceværten var med.");
    await expect(staff.getByRole("img", { name: "Tomme bede langs Stengade" })).toBeVisible();
    const img = await staff.request.get(
      await staff
        .getByRole("img", { name: "Tomme bede langs Stengade" })
        .getAttribute("src")
        .then((s) => s!),
    );
    expect(img.headers()["content-type"]).toBe("image/png");

    const rec = staff.getByRole("region", { name: "Indstilling" });
    await rec.getByRole("radio", { name: "Bevilget", exact: true }).check();
    await rec.getByLabel("Bevilget beløb i kr.").fill("5.000");
    await rec.getByLabel("Indstillingens begrundelse").fill("Billigt, synligt og med lokal opbakning.");
    await rec.getByRole("button", { name: "Registrér indstilling" }).click();
    await expect(staff.getByTestId("recommendations")).toContainText("Indstillet: Bevilget");
    await expect(staff.getByTestId("status")).toHaveText("Indstillet");
    await expectAccessible(staff);

    // The applicant may still withdraw before the decision.
    await later.goto(link);
    await later.getByRole("button", { name: "Træk ansøgningen tilbage" }).click();
    await expect(errorSummary(later)).toContainText("Bekræft, at I vil trække ansøgningen tilbage.");
    await later.getByLabel("Ja, vi vil trække ansøgningen tilbage").check();
    await later.getByRole("button", { name: "Træk ansøgningen tilbage" }).click();
    await expect(later.getByTestId("status")).toHaveText("Trukket tilbage");
  },
);
