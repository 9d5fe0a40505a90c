import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { expectAccessible, storageState } from "./support";

// Issue 13's "Done when", on the demo data and through the browser only: the secretariat builds the agenda of the
// decision meeting for the 50.000 kr. call from its recommendations and adds the conference project; holds the
// meeting in meeting mode (medlem3 out of the room on her item; three grants, a refusal with its reason and the
// project "op til 27.500 kr."); approves and publishes the minutes; the PDF, the public page and the ledger show it.

const call = "50.000 kr. til en social indsats";
const conference = "Fremtidens boligsociale indsats";
const pool = "Nørrebro Lokaludvalgs puljemidler";
// The four applications the working group recommended (prisma/seed/demo/recommendations.ts), in agenda order.
const cases = [
  { title: "Lektiehjælp og mentorordning", contact: "Ali Hassan", outcome: "Delvis bevilling", amount: "20.000" },
  { title: "Gåfodbold for seniorer", contact: "Bent Larsen", outcome: "Bevilling", amount: "15.000" },
  { title: "Fælleshaver i gårdene", contact: "Jonas Holm", outcome: "Delvis bevilling", amount: "15.000" },
  { title: "Dansk sprogcafé", contact: "Nadia Osman", outcome: "Afslag", amount: "" },
] as const;
const reasons: Record<string, string> = {
  "Lektiehjælp og mentorordning": "Honorarer til de frivillige studerende dækkes ikke af puljen.",
  "Fælleshaver i gårdene": "En lønnet havemand dækkes ikke af puljen.",
  "Dansk sprogcafé": "Sprogundervisning er kommunens opgave, og bibliotekets sprogcafé tilbyder det samme.",
};

/** The committed money on the dashboard's ledger for a pool's funds year, as shown. */
async function committed(page: Page, poolName: string, year: number): Promise<string> {
  await page.goto("/dashboard");
  const row = page
    .getByRole("row")
    .filter({ hasText: poolName })
    .filter({ has: page.getByRole("cell", { name: String(year), exact: true }) });
  return (await row.getByRole("cell").nth(3).innerText()).trim();
}

const kroner = (text: string) => Number(text.replace(/[^\d]/g, ""));

test.describe("the decision meeting for the 50.000 kr. call", () => {
  test.use({ storageState: storageState("secretariat") });

  test("agenda from the recommendations, meeting mode, minutes approved and published; ledger and PDF", async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const before2027 = kroner(await committed(page, pool, 2027));

    // The meeting.
    await page.goto("/meetings/new");
    await page.getByLabel("Udvalg").selectOption({ label: "Nørrebro Lokaludvalg" });
    const title = `Beslutningsmøde ${Date.now().toString(36)}`;
    await page.getByLabel("Titel").fill(title);
    await page.getByLabel("Dato og tidspunkt").fill("2027-02-10T17:00");
    await page.getByLabel("Sted").fill("Nørrebro Bibliotek, mødesal 1");
    await page.getByRole("button", { name: "Opret møde" }).click();
    await expect(page).toHaveURL(/\/meetings\/(?!new$)[^/]+$/);
    const meetingUrl = new URL(page.url()).pathname;
    const meetingId = meetingUrl.split("/").pop()!;

    // The agenda from the call's recommendations, one item per application, and the project awaiting approval.
    const fromCall = page.getByRole("form", { name: "Fra et opslags indstillinger" });
    await fromCall.getByLabel("Opslag").selectOption({ label: call });
    await fromCall.getByLabel("Ét punkt pr. ansøgning").check();
    await fromCall.getByRole("button", { name: "Tilføj" }).click();
    await expect(fromCall.getByRole("status")).toContainText("4 punkter er tilføjet.");
    const fromProject = page.getByRole("form", { name: "Projekter til godkendelse" });
    await fromProject.getByLabel("Projekt").selectOption({ label: conference });
    await fromProject.getByRole("button", { name: "Tilføj" }).click();
    await expect(fromProject.getByRole("status")).toContainText("1 punkt er tilføjet.");
    const items = page.getByTestId("agenda-item");
    await expect(items).toHaveCount(9);
    const gardens = items.filter({ hasText: "Fælleshaver i gårdene" });
    await expect(gardens).toContainText("Lene E. Nielsen forlader lokalet under dette punkt (inhabil)");
    await expect(items.filter({ hasText: conference })).toContainText("27.500 kr.");

    // Attendance: everyone present with a vote, but one member who sent word.
    const attendance = page.getByRole("form", { name: "Fremmøde" });
    for (const name of ["Trine Otto Hansen", "Jesper Langebæk", "Lene E. Nielsen", "Tobias B. Gregory"]) {
      await attendance.getByLabel(`Fremmøde for ${name}`).selectOption({ label: "Til stede" });
      await attendance.getByLabel(`${name} stemmeberettiget`).check();
    }
    await attendance.getByLabel("Fremmøde for Line Bach Holm").selectOption({ label: "Fravær med afbud" });
    await attendance.getByRole("button", { name: "Gem fremmøde" }).click();
    await expect(attendance.getByText("Fremmødet er gemt.")).toBeVisible();
    // Everyone invited gets it (a member another test adds to Nørrebro meanwhile is invited too).
    const invited = await attendance.getByLabel(/^Fremmøde for /).count();
    expect(invited).toBeGreaterThanOrEqual(5);
    await page.getByRole("button", { name: "Send dagsorden", exact: true }).click();
    await expect(page.getByText(`Dagsordenen er sendt til ${invited} modtagere.`)).toBeVisible();
    await expectAccessible(page);

    // Meeting mode: one item at a time, from the keyboard, without a reload.
    await page.getByRole("link", { name: "Mødeafvikling" }).click();
    await expect(page).toHaveURL(new RegExp(`${meetingUrl}/live$`));
    await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));
    const live = page.getByRole("main");
    for (const standing of ["Godkendelse af dagsorden", "Godkendelse af referat fra sidste møde"]) {
      await expect(live.getByRole("heading", { level: 2 })).toContainText(standing);
      await live.getByLabel("Beslutning", { exact: true }).fill("Godkendt.");
      await live.getByRole("button", { name: "Gem beslutningen" }).click();
      await expect(live.getByText("Beslutningen er gemt")).toBeVisible();
      await page.keyboard.press("ArrowRight");
    }
    // After a save the page's data is refreshed in place; its title streams back in with it.
    await expect(page).toHaveTitle(new RegExp(`Mødeafvikling: ${title}`));
    await expectAccessible(page);
    for (const c of cases) {
      await expect(live.getByRole("heading", { level: 2 })).toContainText(c.title);
      if (c.title === "Fælleshaver i gårdene")
        await expect(live.getByText("Lene E. Nielsen er uden for lokalet (inhabil)")).toBeVisible();
      else await expect(live.getByText(/er uden for lokalet/)).toHaveCount(0);
      await live.getByRole("radio", { name: c.outcome, exact: true }).check();
      if (c.amount) {
        await live.getByLabel("Beløb, op til (kr.)").fill(c.amount);
        await live.getByLabel("År", { exact: true }).fill("2026");
        await live.getByLabel("Beløb (kr.)", { exact: true }).fill(c.amount);
      }
      const why = reasons[c.title];
      if (why) await live.getByLabel("Begrundelse", { exact: true }).fill(why);
      await live.getByRole("button", { name: "Gem afgørelsen" }).click();
      await expect(live.getByText(new RegExp(`Afgjort: ${c.outcome}`))).toBeVisible();
      await live.getByRole("button", { name: "Næste punkt" }).click();
    }
    await expect(live.getByRole("heading", { level: 2 })).toContainText(conference);
    await live.getByRole("radio", { name: "Godkendt", exact: true }).check();
    await live.getByLabel("Beløb, op til (kr.)").fill("27.500");
    await live.getByLabel("År", { exact: true }).fill("2027");
    await live.getByLabel("Beløb (kr.)", { exact: true }).fill("27.500");
    await live.getByRole("button", { name: "Gem afgørelsen" }).click();
    await expect(live.getByText("Afgjort: Godkendt, 27.500 kr.")).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
    await live.getByRole("button", { name: "Afslut mødet" }).click();
    await expect(page.getByRole("button", { name: "Afslut mødet" })).toHaveCount(0);
    await expect(page.getByText(/· Afholdt$/)).toBeVisible();

    // The minutes: approved, then published.
    await page.goto(`${meetingUrl}/referat`);
    await page.getByRole("button", { name: "Godkend referatet" }).click();
    await expect(page.getByTestId("minutes-status")).toContainText("Referat godkendt");
    await page.getByRole("button", { name: "Offentliggør referatet" }).click();
    await expect(page.getByTestId("minutes-status")).toContainText("Referat offentliggjort");

    // The minutes' PDF, read back as text: each grant with its amount, the refusal with its reason, the conflict.
    const pdf = await page.request.get(`${meetingUrl}/referat.pdf`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("bevilgede op til 20.000 kr. af de ansøgte 45.000 kr.");
    expect(flat).toContain("bevilgede op til 15.000 kr.");
    expect(flat).toContain("bevilgede op til 15.000 kr. af de ansøgte 30.000 kr.");
    expect(flat).toContain("gav afslag");
    expect(flat).toContain(reasons["Dansk sprogcafé"]!);
    expect(flat).toContain("godkendte projektet med op til 27.500 kr.");
    expect(flat).toContain("Lene E. Nielsen (inhabil) forlod lokalet under punktet");

    // The public minutes: linked from the committee's page, no private person's name, and axe finds nothing.
    await page.goto("/udvalg/noerrebro");
    await page.getByTestId("published-minutes").getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`/udvalg/noerrebro/moeder/${meetingId}$`));
    await expect(page.getByText("bevilgede op til 20.000 kr. af de ansøgte 45.000 kr.")).toBeVisible();
    const html = await page.content();
    for (const c of cases) expect(html, c.contact).not.toContain(c.contact);
    await expectAccessible(page);

    // The project page shows the decision and links to the minutes.
    await page.goto("/projects/demo-project-boligsocial");
    await expect(page.getByTestId("project-status")).toContainText("Godkendt");
    await expect(page.getByRole("link", { name: "Referat" }).first()).toHaveAttribute("href", `${meetingUrl}/referat`);

    // The pool ledger: the project's 27.500 kr. committed on 2027; the Mørkhøj programme on each of its four years.
    expect(kroner(await committed(page, pool, 2027)) - before2027).toBe(27_500);
    for (const [year, amount] of [
      [2019, "477.500 kr."],
      [2020, "930.000 kr."],
      [2021, "630.000 kr."],
      [2022, "472.500 kr."],
    ] as const)
      expect(await committed(page, "Puljen til social balance", year)).toBe(amount);
  });
});
