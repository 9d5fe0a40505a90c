import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { errorSummary, expectAccessible, storageState } from "./support";

test(
  "two people edit the same project: the later save gets a conflict, nothing is overwritten, " +
    "and the history shows both versions with a diff",
  async ({ browser }) => {
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
    await first
      .getByLabel("Formål", { exact: true })
      .fill("Støtte, hylde og synliggøre en social indsats på Nørrebro.");
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
    await expect(diff.filter({ hasText: "Formål" })).toContainText(
      "Støtte, hylde og synliggøre en social indsats på Nørrebro.",
    );
    await expect(diff.filter({ hasText: "Budget › 2 › Betegnelse" })).toContainText("Kaffe til besøgene");
    await expect(diff.filter({ hasText: "Budget › 2 › Beløb i kr." })).toContainText("250000");
    await expectAccessible(second);

    await second.getByRole("button", { name: "Gendan denne version (1)" }).click();
    await expect(second.getByRole("status").filter({ hasText: "Versionen er gendannet" })).toBeVisible();
    await second.goto("/projects/demo-project-stemmer/history");
    await expect(second.getByTestId("version-row")).toHaveCount(3);
  },
);

test(
  "the Nørrebro conference project, written from nothing in the browser on the committee's " +
    "form: budget 27.500 kr., 20 secretariat hours, and a PDF with the form's headings and " +
    "totals",
  async ({ browser }) => {
    test.setTimeout(180_000);
    const page = await (await browser.newContext({ storageState: storageState("secretariat") })).newPage();
    await page.goto("/projects");
    await page.getByRole("link", { name: "Nyt projekt" }).click();
    await page.getByLabel("Udvalg").selectOption({ label: "Nørrebro Lokaludvalg" });
    await page.getByLabel("Skabelon").selectOption({ label: "Nørrebro Lokaludvalg – projektbeskrivelse (2025)" });
    await page.getByRole("button", { name: "Opret og redigér" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nyt projekt");
    await expect(page.locator("[data-error-summary]")).toContainText("Giv projektet en titel.");
    await page.getByLabel("Titel").fill("Fremtidens boligsociale indsats");
    await page.getByRole("button", { name: "Opret og redigér" }).click();
    await expect(page).toHaveURL(/\/projects\/[^/]+\/edit$/);

    const add = async (what: string) => page.getByRole("button", { name: `Tilføj: ${what}` }).click();
    for (const [i, name] of ["Jesper Langebæk", "Lene E. Nielsen", "Trine O. Hansen", "Tobias B. Gregory"].entries()) {
      await add("personer og roller");
      await page.locator(`#f-people-${i}-role`).selectOption("RESPONSIBLE");
      await page.locator(`#f-people-${i}-name`).fill(name);
    }
    await page.locator("#f-people-1-uncertain").check();
    await page.locator("#f-workingGroupText").fill("Integration, beskæftigelse, social og sundhed");
    await page
      .locator("#f-purpose")
      .fill(
        "At opsamle erfaring fra den boligsociale indsats, samt komme med ideer til indsatser og " +
          "organisering af det fremtidige boligsociale arbejde.",
      );
    await page.locator("#f-periodText").fill("Marts 2025");
    await page
      .locator("#f-description")
      .fill(
        'Det boligsociale projekt "NørrebroByggerne" stopper med udgangen af 2025.\n\nDerfor ' +
          "indkalder Lokaludvalget til en ét-dages konference.",
      );
    await add("succeskriterier");
    await page.locator("#f-criteria-0-kind").selectOption("RANGE");
    await page.locator("#f-criteria-0-label").fill("Antal deltagere");
    await page.locator("#f-criteria-0-text").fill("Antal deltagere: 30-40");
    await page.locator("#f-criteria-0-targetMin").fill("30000");
    await page.locator("#f-criteria-0-targetMax").fill("40000");
    await add("succeskriterier");
    await page.locator("#f-criteria-1-kind").selectOption("DELIVERABLE");
    await page
      .locator("#f-criteria-1-text")
      .fill("Udbytte: En gennemarbejdet og fælles ansøgning om nyt boligsocialt projekt.");
    await add("samarbejdspartnere");
    await page.locator("#f-partners-0-name").fill("Socialforvaltningen");
    await add("kommunikation");
    await page.locator("#f-communication-0-phase").selectOption("BEFORE");
    await page.locator("#f-communication-0-text").fill("Planlægning, indkaldelse");
    await add("kommunikation");
    await page.locator("#f-communication-1-phase").selectOption("DURING_AFTER");
    await page.locator("#f-communication-1-text").fill("Sikre at der afsendes en samlet ansøgning fra Nørrebro.");
    for (const [i, [month, title]] of [
      ["1", "Udarbejdelse af program for konferencen"],
      ["2", "Indkaldelse af relevante parter"],
      ["3", "Gennemførelse af konference"],
    ].entries()) {
      await add("tidsplan");
      await page.locator(`#f-timeline-${i}-precision`).selectOption("MONTH");
      await page.locator(`#f-timeline-${i}-year`).fill("2025");
      await page.locator(`#f-timeline-${i}-period`).fill(month!);
      await page.locator(`#f-timeline-${i}-title`).fill(title!);
    }
    await page.locator("#f-secretariatHoursEstimate").fill("20");
    await page
      .locator("#f-secretariatHoursText")
      .fill("Groft anslået timeantal på samlet bistand fra sekretariatet: 20");
    const roles = ["Sekretariat", "NLU-medlemmer", "Samarbejdspartnere"];
    for (const [j, role] of roles.entries()) {
      await add("rolle");
      await page.getByLabel(`Roller ${j + 1}`, { exact: true }).fill(role);
    }
    await page.getByRole("region", { name: "Arbejdsfordeling" }).getByRole("checkbox").first().check();
    for (const [i, [task, ...hours]] of [
      ["Forberedelse", "10", "10", "10"],
      ["Gennemførelse", "5", "25", "25"],
      ["Opfølgning", "5", "5", "10"],
    ].entries()) {
      await add("opgaver");
      await page.getByLabel(`Opgaver ${i + 1}`, { exact: true }).fill(task!);
      for (const [j, h] of hours.entries()) await page.getByLabel(`${task}, ${roles[j]} (timer)`).fill(h);
    }
    await expect(page.getByTestId("work-total-0")).toHaveText("20");
    for (const [i, [label, amount]] of [
      ["Oplægsholdere", "15.000"],
      ["Mad, diverse", "5.000"],
      ["Grafik, kommunikation", "7.500"],
    ].entries()) {
      await add("budget");
      await page.locator(`#f-budget-${i}-label`).fill(label!);
      await page.locator(`#f-budget-${i}-amountOre`).fill(amount!);
    }
    await page.getByRole("button", { name: "Gem", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Gemt som version 2." })).toBeVisible();

    await page.getByRole("link", { name: /^← Fremtidens boligsociale indsats/ }).click();
    await expect(page.getByText("Ansvarligt medlem(mer):")).toBeVisible();
    await expect(page.getByTestId("budget-total")).toHaveText("27.500 kr.");
    await expect(page.getByTestId("secretariat-hours")).toHaveText("20");
    await expectAccessible(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Hent PDF (A4)" }).click(),
    ]);
    const { text } = await extractText(
      await getDocumentProxy(new Uint8Array(fs.readFileSync((await download.path())!))),
      { mergePages: true },
    );
    const flat = text.replace(/\s+/g, " ");
    for (const heading of [
      "PROJEKTBEKRIVELSE",
      "Ansvarligt medlem(mer):",
      "Formål med projektet:",
      "Succeskriterier",
      "Tidsplan/milepæle",
      "Arbejdsfordeling",
      "Økonomi",
    ])
      expect(flat).toContain(heading);
    expect(flat).toContain("Udgifter i alt 27.500 kr.");
    expect(flat).toMatch(/I alt 20 40 45 105/);

    // The workflow: recommended; the committee then decides at a meeting (meeting mode), not by a move here.
    const projectUrl = page.url();
    const status = page.getByRole("region", { name: "Status og beslutninger" });
    await status.getByLabel("Indstillet til udvalget").check();
    await status.getByRole("button", { name: "Skift status" }).click();
    await expect(status.getByTestId("project-status")).toContainText("Indstillet");
    await expect(status.getByTestId("decided-at-meeting")).toContainText(
      "Udvalget træffer afgørelsen om projektet på et møde.",
    );
    await expect(status.getByLabel("Godkendt af udvalget")).toHaveCount(0);
    const history = status.getByTestId("status-history").getByRole("listitem");
    await expect(history).toHaveCount(2);
    await expect(history.last()).toContainText("→ Indstillet");
    await expectAccessible(page);

    // A committee member not on the project reads the status and its history but cannot move it.
    const member = await (await browser.newContext({ storageState: storageState("member") })).newPage();
    await member.goto(projectUrl);
    await expect(member.getByTestId("project-status")).toContainText("Indstillet");
    await expect(member.getByRole("button", { name: "Skift status" })).toHaveCount(0);
    await expect(member.getByRole("link", { name: "Redigér" })).toHaveCount(0);
  },
);

test(
  "removing the second of three budget rows keeps rows 1 and 3 with their own labels and " +
    "amounts, on the page and in the saved JSON",
  async ({ browser, baseURL }) => {
    const page = await (await browser.newContext({ storageState: storageState("secretariat") })).newPage();
    const created = await page.request.post("/api/projects/import", {
      headers: { Origin: baseURL! },
      data: {
        id: "new",
        slug: "tre-budgetposter",
        kind: "INTERNAL",
        status: "DRAFT",
        title: "Tre budgetposter",
        committeeId: "demo-committee-noerrebro",
        budget: [
          { label: "Leje af sal", amountOre: 1_250_000 },
          { label: "Kaffe og kage", amountOre: 320_000 },
          { label: "Plakater", amountOre: 75_000 },
        ],
      },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    await page.goto(`/projects/${id}/edit`);
    const budget = page.getByRole("region", { name: "Budget" });
    const rowsShown = async () => {
      await expect(budget.locator("#f-budget-0-label")).toHaveValue("Leje af sal");
      await expect(budget.locator("#f-budget-0-amountOre")).toHaveValue("12.500");
      await expect(budget.locator("#f-budget-1-label")).toHaveValue("Plakater");
      await expect(budget.locator("#f-budget-1-amountOre")).toHaveValue("750");
      await expect(budget.locator("#f-budget-2-label")).toHaveCount(0);
    };
    await expect(budget.locator("#f-budget-2-amountOre")).toHaveValue("750");
    await budget.getByRole("button", { name: "Fjern budget 2" }).click();
    await rowsShown();
    await page.getByRole("button", { name: "Gem", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Gemt som version 2." })).toBeVisible();
    await rowsShown();
    await page.reload();
    await rowsShown();

    const saved = (await (await page.request.get(`/api/projects/${id}`)).json()) as {
      budget: { label: string; amountOre: number }[];
    };
    expect(saved.budget.map((l) => [l.label, l.amountOre])).toEqual([
      ["Leje af sal", 1_250_000],
      ["Plakater", 75_000],
    ]);
  },
);
