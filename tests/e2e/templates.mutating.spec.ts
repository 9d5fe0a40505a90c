import { expect, test } from "@playwright/test";
import { errorSummary, expectAccessible, storageState } from "./support";

test(
  "the secretariat edits its committee's form in the browser: a heading in its own words, a " +
    "section moved, a section of its own; the project prints in the new words and order",
  async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await (await browser.newContext({ storageState: storageState("secretariat") })).newPage();
    await page.goto("/projects");
    await page.getByRole("link", { name: "Skabeloner" }).click();
    await page.getByRole("link", { name: "Nørrebro Lokaludvalg – projektbeskrivelse (2024)" }).click();
    const formName = "Nørrebro Lokaludvalg – projektbeskrivelse (2024)";
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(formName);
    await expectAccessible(page);

    const sections = page.getByTestId("template-section");
    // The 2024 form: title, responsible member, project group, then the purpose.
    const purpose = sections.nth(3);
    await expect(purpose.getByLabel("Overskrift", { exact: true })).toHaveValue("Formål med projektet");
    await purpose.getByLabel("Overskrift", { exact: true }).fill("Projektets formål");
    await purpose.getByLabel("Hjælpetekst til den, der skriver").fill("Én sætning om, hvad projektet skal opnå.");
    // The budget moves up one place, by keyboard.
    const budget = sections.filter({ has: page.getByRole("group", { name: /Økonomi/ }) });
    await budget.getByRole("button", { name: /Flyt .*Økonomi op/ }).focus();
    await page.keyboard.press("Enter");

    // A section of the committee's own, first without a heading: the error sits next to the field;
    // nothing typed is lost.
    await page.getByRole("button", { name: "Tilføj afsnit" }).click();
    const added = sections.last();
    await added.getByLabel("Hjælpetekst til den, der skriver").fill("Hvem fører projektet videre, når det er slut?");
    await page.getByRole("button", { name: "Gem skabelonen" }).click();
    await expect(errorSummary(page)).toContainText("Et frit afsnit skal have en overskrift.");
    await expect(added.getByLabel("Hjælpetekst til den, der skriver")).toHaveValue(
      "Hvem fører projektet videre, når det er slut?",
    );
    await expect(purpose.getByLabel("Overskrift", { exact: true })).toHaveValue("Projektets formål");
    await added.getByLabel("Overskrift", { exact: true }).fill("Lokal forankring");
    await page.getByRole("button", { name: "Gem skabelonen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Skabelonen er gemt." })).toBeVisible();

    const history = page.getByTestId("template-history").getByRole("listitem").first();
    const renamed = 'Overskrift ændret (Formål): "Formål med projektet" → "Projektets formål"';
    await expect(history).toContainText(renamed);
    await expect(history).toContainText("Afsnit tilføjet: Lokal forankring");
    await expect(history).toContainText("Rækkefølgen er ændret");
    await expectAccessible(page);

    // A project written on the form shows the new words, in the new order.
    await page.getByRole("link", { name: /^De stemmer vi glemmer/ }).click();
    await expect(page.getByText("Projektets formål:")).toBeVisible();
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings.indexOf("Økonomi")).toBeLessThan(headings.indexOf("Arbejdsfordeling"));
    expect(headings).toContain("Lokal forankring");

    // A new project on the form: the editor follows it, its sections in order and in its words, the help text by
    // the field, and the form's own section to write in. (A new project, so other tests' versions of the demo
    // projects stay theirs.)
    await page.goto("/projects/new");
    await page.getByLabel("Udvalg").selectOption({ label: "Nørrebro Lokaludvalg" });
    await page.getByLabel("Skabelon").selectOption({ label: "Nørrebro Lokaludvalg – projektbeskrivelse (2024)" });
    await page.getByLabel("Titel").fill("Gårdfest i Mimersgade");
    await page.getByRole("button", { name: "Opret og redigér" }).click();
    const guide = page.getByTestId("form-guide");
    await expect(guide.getByRole("listitem").nth(3)).toContainText("Projektets formål");
    await expect(guide.getByRole("listitem").last()).toContainText("Lokal forankring");
    await expect(page.getByLabel("Formål", { exact: true })).toHaveAccessibleDescription(
      /Én sætning om, hvad projektet skal opnå\./,
    );
    await expectAccessible(page);
    const free = page.getByRole("region", { name: "Frie afsnit" });
    await expect(free.getByText("Hvem fører projektet videre, når det er slut?")).toBeVisible();
    const own = free.getByRole("listitem").filter({ has: page.locator('input[value="Lokal forankring"]') });
    await own.getByRole("textbox").last().fill("Foreningen fortsætter arrangementet hvert år.");
    // An intervention as a child project: its description, target group and effect.
    const interventions = page.getByRole("region", { name: "Indsatser" });
    await interventions.getByRole("button", { name: "Tilføj: indsatser" }).click();
    await interventions.locator("#f-children-0-title").fill("Børnenes gårdfest");
    await interventions.locator("#f-children-0-description").fill("Børnene planlægger en eftermiddag med lege.");
    await interventions.getByRole("button", { name: "Tilføj: målgrupper" }).click();
    await interventions.locator("#f-children-0-targetGroups-0-text").fill("Børn i karréen");
    await interventions.locator("#f-children-0-effect").fill("Flere børn kender hinanden.");
    await page.getByRole("button", { name: "Gem", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: /Gemt som version/ })).toBeVisible();
    await page.getByRole("link", { name: /^← Gårdfest i Mimersgade/ }).click();
    const section = page.getByRole("heading", { level: 2, name: "Lokal forankring" }).locator("..");
    await expect(section).toContainText("Foreningen fortsætter arrangementet hvert år.");
    const intervention = page.getByRole("heading", { level: 3, name: "Indsats 1: Børnenes gårdfest" }).locator("..");
    await expect(intervention).toContainText("Børn i karréen");
    await expect(intervention).toContainText("Flere børn kender hinanden.");
  },
);
