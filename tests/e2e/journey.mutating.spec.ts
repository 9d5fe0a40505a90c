import { expect, test, type Page } from "@playwright/test";
import { errorSummary, expectAccessible, mailedLink, signedIn } from "./support";

// The whole grant round of issue #4 in one run, through the UI only: a call is
// made and published; applicants apply (bad input first); three members score;
// one is ruled out for conflict and cannot open the application even by URL;
// the ranking on screen equals an independent computation here; a decision with
// reasons is recorded and the applicant reads it through the private link.

type Value = number | "na";
const criteria = [
  { title: "Fællesskab i opgangen", weight: 3 },
  { title: "Grøn omstilling", weight: 1 },
] as const;

async function apply(page: Page, slug: string, title: string, amount: string, email: string): Promise<string> {
  await page.goto(`/opslag/${slug}`);
  await page.getByLabel("Forening, institution eller dit navn").fill(`Foreningen ${title}`);
  await page.getByLabel("Navn", { exact: true }).fill("Kim Kontakt");
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Projektets titel").fill(title);
  await page.getByLabel("Beskrivelse").fill(`${title}: et projekt for beboerne i opgangene, med fælles aktiviteter.`);
  await page.getByLabel("Målgruppe").fill("Beboerne");
  await page.getByLabel("Periode").fill("Forår 2027");
  await page.getByLabel("Ansøgt beløb i kr.").fill(amount);
  await page.locator("#budget-0-label").fill("Materialer");
  await page.locator("#budget-0-amount").fill(amount);
  await page.locator("#budget-1-label").fill("Ansøgt");
  await page.locator("#budget-1-amount").fill(amount);
  await page.getByRole("button", { name: "Send ansøgning" }).click();
  await expect(page.getByRole("status")).toContainText("Tak – vi har modtaget jeres ansøgning");
  return (await page.getByTestId("private-link").getAttribute("href"))!;
}

async function score(page: Page, callId: string, appId: string, values: readonly Value[]) {
  await page.goto(`/calls/${callId}/score/${appId}`);
  for (const [i, c] of criteria.entries()) {
    const group = page.getByRole("group", { name: new RegExp(c.title) });
    const v = values[i]!;
    await group.getByRole("radio", { name: v === "na" ? "Ikke relevant" : new RegExp(`^${v}`) }).check();
  }
  await page.getByRole("button", { name: "Indsend vurdering" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Arket er låst" })).toBeVisible();
}

test("a grant round: call, applications, scoring with a conflict, ranking, decision, the applicant reads it", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const staff = await signedIn(browser, "sekretariat@example.dk");

  // The rubric and the call, made in the browser.
  await staff.goto("/rubrics/new");
  await staff.getByLabel("Navn", { exact: true }).fill("Rejseskema");
  await staff.locator("#criteria-0-title").fill(criteria[0].title);
  await staff.locator("#criteria-0-weight").fill(String(criteria[0].weight));
  await staff.getByRole("button", { name: "Tilføj kriterium" }).click();
  await staff.locator("#criteria-1-title").fill(criteria[1].title);
  await staff.locator("#criteria-1-weight").fill(String(criteria[1].weight));
  await staff.locator('input[name="criteria.1.allowNotApplicable"]').check();
  await staff.getByRole("button", { name: "Gem skema" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Rejseskema");

  await staff.goto("/calls/new");
  await staff.getByLabel("Titel", { exact: true }).fill("Rejsepulje 2027");
  await staff.getByLabel("Rådighedsbeløb i kr.").fill("60.000");
  await staff.getByLabel("Største tilskud i kr. (valgfrit)").fill("20.000");
  await staff.getByLabel("Ansøgningsfrist").fill("2027-06-01T12:00");
  await staff.getByLabel("Vurderingsskema").selectOption({ label: "Rejseskema" });
  // The decisions are delegated to the secretariat: the journey records one in the case file, not at a meeting.
  await staff.getByLabel("Sekretariatet (delegeret)").check();
  await staff.getByRole("button", { name: "Gem opslag" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Rejsepulje 2027");
  const callId = new URL(staff.url()).pathname.split("/")[2]!;
  await staff.getByRole("link", { name: "Redigér opslag" }).click();
  await staff.getByRole("button", { name: "Offentliggør" }).click();
  await expect(staff.getByTestId("call-status")).toHaveText("Status: Åben");

  // The first applicant: bad input first, clearly explained, nothing lost.
  await page.goto("/opslag/rejsepulje-2027");
  await page.getByLabel("Projektets titel").fill("Opgangsfest");
  await page.getByLabel("Ansøgt beløb i kr.").fill("25.000");
  await page.getByRole("button", { name: "Send ansøgning" }).click();
  await expect(errorSummary(page)).toContainText("Skriv navnet på foreningen");
  await expect(page.getByLabel("Projektets titel")).toHaveValue("Opgangsfest");
  const linkA = await apply(page, "rejsepulje-2027", "Opgangsfest", "15.000", "opgang@example.dk");
  const other = await (await browser.newContext()).newPage();
  await apply(other, "rejsepulje-2027", "Cykelværksted", "12.000", "cykel@example.dk");

  // The receipt mail carries the private link (delivered over SMTP; the outbox keeps it masked).
  expect(await mailedLink("opgang@example.dk", "Opgangsfest")).toBe(linkA);
  await staff.goto("/admin/outbox");
  await expect(staff.getByTestId("mail").filter({ hasText: "Opgangsfest" }).first()).not.toContainText(
    linkA.split("/").pop()!,
  );

  // Three members are assigned both applications.
  await staff.goto(`/calls/${callId}/assignments`);
  await expectAccessible(staff);
  for (const member of ["Trine Otto Hansen", "Jesper Langebæk", "Tobias B. Gregory"]) {
    for (const app of ["Opgangsfest", "Cykelværksted"]) {
      await staff
        .getByRole("checkbox", { name: new RegExp(`^${member} vurderer .*`) })
        .and(staff.locator(`xpath=//tr[th[contains(., "${app}")]]//input`))
        .check();
    }
  }
  await staff.getByRole("button", { name: "Gem fordeling" }).click();
  await expect(staff.getByRole("status")).toHaveText("Fordelingen er gemt.");

  await staff.goto(`/calls/${callId}`);
  const idOf = async (title: string) =>
    (await staff.getByRole("link", { name: title }).getAttribute("href"))!.split("/").pop()!;
  const appA = await idOf("Opgangsfest");
  const appB = await idOf("Cykelværksted");

  const given: Record<string, Record<string, Value[]>> = {
    "medlem1@example.dk": { [appA]: [5, 4], [appB]: [3, "na"] },
    "medlem2@example.dk": { [appA]: [4, 2], [appB]: [2, 3] },
    "medlem4@example.dk": { [appA]: [1, 1], [appB]: [5, 5] },
  };
  const members: Record<string, Page> = {};
  for (const [email, sheets] of Object.entries(given)) {
    members[email] = await signedIn(browser, email);
    await members[email].goto(`/calls/${callId}/score`);
    await expect(members[email].getByTestId("scoring-progress")).toHaveText("0 af 2 vurderet");
    for (const [appId, values] of Object.entries(sheets)) await score(members[email], callId, appId, values);
  }

  // medlem4 declares a conflict on the first application and is ruled out.
  const conflicted = members["medlem4@example.dk"]!;
  await conflicted.goto(`/calls/${callId}/score/${appA}`);
  await conflicted.getByLabel("Grund").selectOption("LEADING_ROLE");
  await conflicted.getByLabel("Beskriv forholdet").fill("Jeg er formand for foreningen.");
  await conflicted.getByRole("button", { name: "Erklær inhabilitet" }).click();
  // The locked sheet is a status too: the declaration is the one that names it.
  await expect(conflicted.getByRole("status").filter({ hasText: "Du har erklæret" })).toContainText(
    "afventer udvalgets afgørelse",
  );
  await staff.goto(`/calls/${callId}/conflicts`);
  const item = staff.getByRole("listitem").filter({ hasText: "Tobias B. Gregory" });
  await item.getByRole("radio", { name: /^Inhabil/ }).check();
  await item.getByLabel("Begrundelse (til referatet)").fill("Formand for ansøger, jf. § 3, stk. 1, nr. 3.");
  await item.getByRole("button", { name: "Registrér afgørelse" }).click();
  await expect(item.getByText("Afgørelse:")).toBeVisible();
  const typed = await conflicted.goto(`/calls/${callId}/score/${appA}`);
  expect(typed?.status()).toBe(404);

  // The ranking on screen equals the computation here: Σ(weight × value) / Σ(weight)
  // over the scores that count (not N/A, not a ruled-out member's).
  const expected = (appId: string) => {
    let num = 0;
    let den = 0;
    for (const [email, sheets] of Object.entries(given)) {
      if (email === "medlem4@example.dk" && appId === appA) continue;
      for (const [i, v] of (sheets[appId] ?? []).entries()) {
        if (v === "na") continue;
        num += criteria[i]!.weight * v;
        den += criteria[i]!.weight;
      }
    }
    return num / den;
  };
  await staff.goto(`/calls/${callId}/ranking`);
  await expectAccessible(staff);
  const rows = staff.getByTestId("ranking-row");
  await expect(rows).toHaveCount(2);
  const screen = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.getAttribute("data-application-id")!,
      score: Number(tr.querySelector("[data-testid=weighted-score]")!.textContent!.trim().replace(",", ".")),
    })),
  );
  const order = [appA, appB].sort((x, y) => expected(y) - expected(x));
  expect(screen.map((s) => s.id)).toEqual(order);
  for (const s of screen) expect(Math.abs(s.score - expected(s.id))).toBeLessThan(0.006);

  // The decision, with reasons, and the applicant reads it through the link.
  await staff.goto(`/calls/${callId}/applications/${appA}`);
  const decision = staff.getByRole("region", { name: "Afgørelse" });
  await expect(decision.getByTestId("delegated")).toHaveText("Afgørelsen træffes af sekretariatet efter delegation");
  await decision.getByRole("radio", { name: "Delvist bevilget" }).check();
  await decision.getByLabel("Bevilget beløb i kr.").fill("10.000");
  await decision.getByLabel("Begrundelse").fill("Lokaleleje dækkes af beboerhuset; resten bevilges.");
  await decision.getByRole("button", { name: "Registrér afgørelse" }).click();
  await expect(staff.getByTestId("decision")).toContainText("Delvist bevilget: 10.000 kr.");

  await page.goto(linkA);
  await expect(page.getByTestId("status")).toHaveText("Afgjort");
  await expect(page.getByText("Delvist bevilget: 10.000 kr.")).toBeVisible();
  await expect(page.getByText("Lokaleleje dækkes af beboerhuset; resten bevilges.")).toBeVisible();
  await expectAccessible(page);
});
