import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../../lib/csv";
import { errorSummary, expectAccessible, login, mailTo, signedIn } from "./support";

// Issue 14's Done-when, in the browser only, on the demo's decided grant demo-grant-01 ("Plantedag i Mjølnerparken",
// 20.000 kr. on Nørrebro's 2026 money; no other spec touches it): the letter is sent and accepted through the
// link, the advance of 50 % is paid, the applicant reports back, the secretariat asks for one more receipt and then
// approves, a colleague makes the final payout (four eyes), the grant is closed, and the ledger page's figures
// equal sums the test adds up itself from the ledger's movements.

const caseFile = "/calls/demo-call-smaa-2026/applications/demo-grant-01";
const link = "/ansoegning/demo-grant-01-link-0000000000";
const ledgerPage = "/pools/demo-pool-noerrebro/2026";
const receipt = (name: string) => ({ name, mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n%%EOF\n") });

/** "3.200.000 kr." or "-1.500,50 kr." → øre. */
const ore = (text: string) => {
  const n = text.replace(/[^\d,-]/g, "").replace(",", ".");
  return Math.round(Number(n) * 100);
};

/** The ledger's figures as the page shows them. */
async function figures(page: Page) {
  const read = async (key: string) => ore((await page.getByTestId(`ledger-${key}`).locator("dd").innerText()).trim());
  return {
    budget: await read("budget"),
    committed: await read("committed"),
    released: await read("released"),
    paid: await read("paid"),
    outstanding: await read("outstanding"),
    available: await read("available"),
  };
}

/** The same figures added up by the test from the CSV's movements, one row each. */
function sumsOf(csv: string) {
  const rows = parseCsv(csv)
    .slice(1)
    .map(([, kind, reference, , amount]) => ({
      kind: kind!,
      reference: reference!,
      amount: Math.round(Number(amount) * 100),
    }));
  const total = (kind: string) => rows.filter((r) => r.kind === kind).reduce((s, r) => s + r.amount, 0);
  const budget = total("budget");
  const committed = total("commitment");
  const released = total("release");
  const paid = total("payment") - total("return");
  return {
    rows,
    sums: {
      budget,
      committed,
      released,
      paid,
      outstanding: committed - paid - released,
      available: budget - committed + released,
    },
  };
}

test.describe("a grant followed from its decision to its closing", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("letter, acceptance, advance, accounts, a receipt more, approval, payout, closing; the ledger adds up", async ({
    page,
    browser,
  }) => {
    test.setTimeout(240_000);
    const applicant = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
    await login(page, "sekretariat@example.dk");
    await expect(page).toHaveURL(/\/dashboard$/);
    const colleague = await signedIn(browser, "sekretariat2@example.dk");

    // The letter, from the decision.
    await page.goto(caseFile);
    await expect(page.getByTestId("status")).toHaveText("Afgjort");
    await page.getByLabel("Frist for regnskab").fill("2027-01-31");
    await expect(page.getByLabel(/Udbetal forskud på 10\.000 kr\. ved accept/)).toBeChecked();
    await page.getByRole("button", { name: "Send tilsagnsbrevet" }).click();
    await expect(page.getByTestId("grant-letter")).toContainText("Sendt");
    await expect(page.getByTestId("status")).toHaveText("Tilsagn sendt");
    const mail = await mailTo("tilskud01@example.dk", "Tilsagn");
    expect(mail.text).toContain("op til 20.000 kr.");

    // Accepted through the private link.
    await applicant.goto(link);
    await expect(applicant.getByTestId("applicant-letter")).toContainText("10.000 kr.");
    await applicant.getByLabel("Dit fulde navn").fill("Ida Holm");
    await applicant.getByRole("button", { name: "Jeg accepterer tilsagnet" }).click();
    await expect(applicant.getByTestId("accepted")).toContainText("Ida Holm");

    // The advance, 50 %.
    await page.reload();
    await expect(page.getByTestId("status")).toHaveText("Tilsagn accepteret");
    const advance = page.getByRole("form", { name: "Udbetal forskud" });
    await expect(advance.getByLabel("Beløb")).toHaveValue("10.000");
    await advance.getByLabel("Kontoreference").fill("UDB-DONE-01-A");
    await advance.getByRole("button", { name: "Udbetal forskud" }).click();
    await expect(page.getByTestId("payments")).toContainText("UDB-DONE-01-A");
    await page.reload();
    await expect(page.getByTestId("status")).toHaveText("Forskud udbetalt");

    // Accounts and an evaluation through the link: 13.000 + 6.500 kr. spent, 1.000 kr. taken in.
    await applicant.reload();
    await applicant.getByLabel(/Faktisk beløb for Planter og jord/).fill("13.000");
    await applicant.getByLabel(/Faktisk beløb for Værktøj/).fill("6.500");
    await applicant.getByRole("button", { name: "Tilføj indtægt" }).click();
    await applicant.getByLabel("Indtægt 1", { exact: true }).fill("Salg af stiklinger");
    await applicant.getByLabel("Beløb for indtægt 1").fill("1.000");
    await applicant.getByLabel("Hvad blev gjort?").fill("Naboerne plantede 300 planter i gården.");
    await applicant.getByLabel("Hvor mange deltog?").fill("54");
    await applicant.getByLabel("Hvordan gik det i forhold til succeskriterierne?").fill("54 deltagere, målet var 40.");
    await applicant.getByLabel("Kvitteringer").setInputFiles(receipt("planteskole.pdf"));
    await applicant.getByRole("button", { name: "Send regnskab" }).click();
    await expect(applicant.getByRole("status").filter({ hasText: "Regnskabet er modtaget" })).toBeVisible();

    // One more receipt, asked for and sent.
    await page.reload();
    await expect(page.getByTestId("accounts-review")).toContainText("Planter og jord");
    await page.getByLabel("Hvad mangler?").fill("Send kvitteringen for værktøjet.");
    await page.getByRole("button", { name: "Bed om mere" }).click();
    await expect(page.getByTestId("accounts-review-status")).toContainText("Sekretariatet beder om mere");
    await applicant.reload();
    await expect(applicant.getByTestId("accounts-request")).toContainText("Send kvitteringen for værktøjet.");
    await applicant.getByLabel("Jeres svar til sekretariatet").fill("Kvitteringen fra byggemarkedet er vedhæftet.");
    await applicant.getByLabel("Kvitteringer").setInputFiles(receipt("byggemarked.pdf"));
    await applicant.getByRole("button", { name: "Send regnskab" }).click();
    await expect(applicant.getByRole("status").filter({ hasText: "Regnskabet er modtaget" })).toBeVisible();

    // Approved by the secretary; four eyes: the final payout is a colleague's.
    await page.reload();
    await page.getByRole("button", { name: "Godkend regnskabet" }).click();
    await expect(page.getByTestId("accounts-review-status")).toContainText("Godkendt");
    await page.reload();
    await expect(page.getByRole("form", { name: "Udbetal slutbeløb" })).toHaveCount(0);
    await expect(page.getByTestId("four-eyes")).toContainText("Fire øjne");

    await colleague.goto(caseFile);
    // Owed: min(20.000, 13.000 + 6.500 − 1.000) = 18.500 kr.; less the advance: 8.500 kr.
    await expect(colleague.getByTestId("settlement")).toContainText("8.500 kr.");
    const final = colleague.getByRole("form", { name: "Udbetal slutbeløb" });
    await final.getByRole("button", { name: "Udbetal slutbeløb" }).click();
    await expect(errorSummary(colleague)).toContainText("Skriv kontoreferencen.");
    await final.getByLabel("Kontoreference").fill("UDB-DONE-01-S");
    await final.getByRole("button", { name: "Udbetal slutbeløb" }).click();
    await expect(colleague.getByTestId("payments")).toContainText("UDB-DONE-01-S");
    await colleague.reload();
    await expect(colleague.getByTestId("status")).toHaveText("Udbetalt");
    await colleague.getByRole("button", { name: "Afslut bevillingen" }).click();
    await expect(colleague.getByTestId("status")).toHaveText("Afsluttet");
    await expectAccessible(colleague);

    // The ledger page's figures equal the test's own sums of the movements (re-read together: other specs move
    // money on the same year in parallel).
    await page.goto(ledgerPage);
    await expect(async () => {
      await page.reload();
      const shown = await figures(page);
      const csv = await page.request.get("/api/pools/demo-pool-noerrebro/2026/ledger.csv");
      const { rows, sums } = sumsOf(await csv.text());
      expect(shown).toEqual(sums);
      const mine = rows.filter((r) => r.reference === "NLU-S26-01");
      expect(mine.filter((r) => r.kind === "commitment").map((r) => r.amount)).toEqual([2_000_000]);
      expect(
        mine
          .filter((r) => r.kind === "payment")
          .map((r) => r.amount)
          .sort((a, b) => a - b),
      ).toEqual([850_000, 1_000_000]);
      expect(mine.filter((r) => r.kind === "release").map((r) => r.amount)).toEqual([150_000]);
    }).toPass({ timeout: 30_000 });
    await expectAccessible(page);
  });
});
