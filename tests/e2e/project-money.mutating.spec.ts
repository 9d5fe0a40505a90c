import { expect, test, type Page } from "@playwright/test";
import { errorSummary, expectAccessible, login } from "./support";

const project = "/projects/demo-project-moerkhoej";
const capacity = "/admin/committees/demo-committee-moerkhoej/capacity";
const notice = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });
const spent2021 = (page: Page) => page.getByTestId("funds-2021").locator("td").nth(3);
const pdf = Buffer.from("%PDF-1.4\n% e2e-kvittering\n%%EOF\n");

test(
  "the secretariat records an expense with a receipt and hours on the approved Mørkhøj programme, and sees " +
    "budget against spent change; the committee's admin enters the year's capacity and sees over or under",
  async ({ page }) => {
    test.setTimeout(180_000);
    await login(page, "sekretariat@example.dk");
    await expect(page).toHaveURL(/\/dashboard/);
    await page.goto(project);
    const section = page.locator("#money");
    await expect(section.getByRole("heading", { level: 2 })).toHaveText("Forbrug og sekretariatstimer");
    await expectAccessible(page);
    const before = await spent2021(page).textContent();

    // A negative amount is refused on the field, before anything is sent.
    const line = await page
      .locator("#expense-budgetLineId option", { hasText: "Løn · 2021" })
      .first()
      .getAttribute("value");
    await page.getByLabel("Budgetlinje", { exact: true }).selectOption(line!);
    await page.getByLabel("Beløb").fill("-5");
    await page.getByLabel("Dato").first().fill("2021-05-03");
    const description = `E2E-kursus ${Date.now().toString(36)}`;
    await page.getByLabel("Beskrivelse").fill(description);
    await page.getByRole("button", { name: "Gem udgiften" }).click();
    await expect(errorSummary(page)).toContainText("Der er 1 fejl i udgiften");
    await expect(page.locator("#expense-amount-error")).toHaveText("Beløbet kan ikke være negativt.");
    await expectAccessible(page);

    await page.getByLabel("Beløb").fill("1.000");
    await page
      .getByLabel("Kvitteringer")
      .setInputFiles({ name: "kvittering.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: "Gem udgiften" }).click();
    await expect(notice(page, "Udgiften er registreret.")).toBeVisible();
    const row = page.getByTestId("expense-row").filter({ hasText: description });
    await expect(row).toContainText("1.000 kr.");
    await expect(row).toContainText("2021");
    await expect(spent2021(page)).not.toHaveText(before ?? "");
    const receipt = await row.getByRole("link", { name: "kvittering.pdf" }).getAttribute("href");
    const download = await page.request.get(receipt!);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);

    // Hours: the person recording is chosen by default.
    const hoursForm = page.getByRole("form", { name: "Registrér timer" });
    await hoursForm.getByLabel("Dato").fill("2021-05-04");
    await hoursForm.getByLabel("Tid").fill("1:30");
    await hoursForm.getByLabel("Note").fill(description);
    await hoursForm.getByRole("button", { name: "Gem timerne" }).click();
    await expect(notice(page, "Timerne er registreret.")).toBeVisible();
    await expect(page.getByTestId("hours-row").filter({ hasText: description })).toContainText("1,5");
    await expectAccessible(page);

    // The secretariat reads the capacity; only the committee's admin edits it.
    await page.goto(capacity);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Sekretariatets kapacitet");
    await expect(page.getByTestId("capacity-2021")).toBeVisible();
    await expect(page.getByRole("button", { name: "Gem kapaciteten" })).toHaveCount(0);
    await expectAccessible(page);

    await page.context().clearCookies();
    await login(page, "admin@example.dk");
    await expect(page).toHaveURL(/\/dashboard/);
    await page.goto("/admin/committees/demo-committee-moerkhoej");
    await page.getByRole("link", { name: "Sekretariatets kapacitet og timer" }).click();
    await expect(page).toHaveURL(new RegExp(`${capacity}$`));
    const year = page.getByTestId("capacity-2021");
    await year.getByLabel("Timer i 2021").fill("1");
    await year.getByRole("button", { name: "Gem kapaciteten" }).click();
    await expect(year.getByRole("status").filter({ hasText: "Kapaciteten er gemt." })).toBeVisible();
    await expect(page.getByTestId("capacity-state-2021")).toContainText("Over kapaciteten");
    await year.getByLabel("Timer i 2021").fill("100000");
    await year.getByRole("button", { name: "Gem kapaciteten" }).click();
    await expect(page.getByTestId("capacity-state-2021")).toContainText("Inden for kapaciteten");
    await expectAccessible(page);
  },
);
