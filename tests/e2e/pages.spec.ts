import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { expected, personas, routeMatrix, type Persona } from "../authz/matrix";
import { expectAccessible, storageState } from "./support";

// axe on every page each role can open. The ruled-out official sees the secretariat's pages, less one, and the
// admin sees the secretariat's pages with the same components and the same layout: neither is swept twice. The
// admin's sweep covers the pages only an admin opens (4.9 min before, when it repeated the secretariat's).
const sweptBySecretariat = (path: string) =>
  routeMatrix.some((r) => r.path === path && expected(r, "secretariat") === 200);
for (const persona of personas.filter((p) => p !== "ruledOutSecretariat")) {
  test.describe(`pages as ${persona}`, () => {
    if (persona !== "anonymous") test.use({ storageState: storageState(persona as Exclude<Persona, "anonymous">) });
    test("have no accessibility violations", async ({ page }) => {
      // One axe run per page (a few seconds each on 2 cores): a sweep, not a timed check.
      test.setTimeout(600_000);
      for (const c of routeMatrix.filter(
        (r) =>
          expected(r, persona) === 200 &&
          !r.path.startsWith("/api/") &&
          !/\.(xml|txt|pdf)$/.test(r.path) &&
          !(persona === "admin" && sweptBySecretariat(r.path)),
      )) {
        await page.goto(c.path);
        await expectAccessible(page);
      }
    });
  });
}

test.describe("the public header's login state", () => {
  test("a visitor gets the login link", async ({ page }) => {
    await page.goto("/initiativer");
    await expect(page.getByRole("banner").getByRole("link", { name: "Log ind" })).toBeVisible();
  });

  test.describe("signed in", () => {
    test.use({ storageState: storageState("member") });
    test("a member's public page, the same HTML as anyone's, shows who they are once it has loaded", async ({
      page,
    }) => {
      await page.goto("/initiativer");
      const banner = page.getByRole("banner");
      await expect(banner).toContainText("Logget ind som Trine Otto Hansen");
      await expect(banner.getByRole("link", { name: "Log ind" })).toHaveCount(0);
      await expectAccessible(page);
      // Their first work page, then out: the staff pages' own header takes over.
      await banner.getByRole("link", { name: "Overblik" }).click();
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByRole("banner").getByRole("button", { name: "Log ud" })).toBeVisible();
    });
  });
});

test.describe("the public front page", () => {
  test("lists the funded demo initiatives and the open call", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Støttede initiativer");
    for (const title of [
      "Byvandringer om Nørrebros historie",
      "Repair Café hver måned",
      "Sommerjob-messe for unge",
      "Korsang mod ensomhed",
    ]) {
      await expect(page.getByRole("heading", { name: title })).toBeVisible();
    }
    await expect(page.getByText("Støttet med 40.000 kr.")).toBeVisible();
    await expect(page.getByText("Små ansøgninger – hurtigt spor")).toBeVisible();
    await expect(page.getByRole("link", { name: "Tilgængelighedserklæring" })).toBeVisible();
    await expect(page.locator("body")).not.toContainText("@example.dk");
  });

  test("switches to English and back", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Funded initiatives");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByText("Funded with DKK 40,000")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Skift til dansk" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Støttede initiativer");
  });

  test("an unknown address gets the Danish 404 page", async ({ page }) => {
    const res = await page.goto("/findes-ikke");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siden findes ikke");
    await expectAccessible(page);
  });

  test("the health check reports the database up", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: { status: "up", pendingMigrations: [] } });
    const live = await request.get("/api/health?probe=live");
    expect(live.status()).toBe(200);
    expect(await live.json()).toMatchObject({ status: "ok", app: { name: "lokalpulje" } });
  });
});

test.describe("a project in its committee's own form", () => {
  test.use({ storageState: storageState("secretariat") });
  test("shows the Gladsaxe programme's budget matrix totalling 2.510.000 kr.", async ({ page }) => {
    await page.goto("/projects/demo-project-moerkhoej");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Styrket indsats for social balance i Mørkhøj");
    await expect(page.getByTestId("budget-total")).toHaveText("2.510.000 kr.");
    await expect(page.getByRole("columnheader", { name: "2022 K4" })).toBeVisible();
  });
  test("shows the conference budget (27.500 kr.) and 20 secretariat hours", async ({ page }) => {
    await page.goto("/projects/demo-project-boligsocial");
    await expect(page.getByText("Navn på projektet:")).toHaveCount(0);
    await expect(page.getByText("Ansvarligt medlem(mer):")).toBeVisible();
    await expect(page.getByTestId("budget-total")).toHaveText("27.500 kr.");
    await expect(page.getByTestId("secretariat-hours")).toHaveText("20");
  });
  test("downloads the PDF for meeting papers, with the form's headings and the totals in it", async ({ page }) => {
    await page.goto("/projects/demo-project-boligsocial");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Hent PDF (A4)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = fs.readFileSync((await download.path())!);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    for (const heading of ["PROJEKTBEKRIVELSE", "Beskrivelse af projektet", "Arbejdsfordeling", "Økonomi"])
      expect(flat).toContain(heading);
    expect(flat).toContain("Udgifter i alt 27.500 kr.");
    expect(flat).toMatch(/I alt 20 40 45 105/);
  });
});

/** The example in the application form's message for a mistyped e-mail address. */
const formExample = "navn@example.dk";

test.describe("the public site", () => {
  test(
    "no e-mail address, phone number, score comment or accounts figure appears on any public page " +
      "or open-data file",
    async ({ page, request }) => {
      test.setTimeout(120_000);
      const sitemap = await (await request.get("/sitemap.xml")).text();
      const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
      expect(urls).toEqual(
        expect.arrayContaining([
          "/initiativer",
          "/initiativer/demo-app-2025-001",
          "/udvalg/noerrebro",
          "/portraetter/repair-cafe-hver-maaned",
        ]),
      );
      const files = [
        "/portraetter/feed.xml",
        "/api/public/grants.json",
        "/api/public/grants.csv",
        "/robots.txt",
        "/sitemap.xml",
      ];
      const bodies: [string, string][] = [];
      for (const path of urls) {
        await page.goto(path);
        bodies.push([path, await page.locator("body").innerText()]);
        // The application form's messages travel with its page, and one shows an example address to follow.
        bodies.push([`${path} (html)`, (await page.content()).replaceAll(formExample, "")]);
      }
      for (const path of files) bodies.push([path, await (await request.get(path)).text()]);
      for (const [path, text] of bodies) {
        expect(text, path).not.toMatch(/[\w.+-]+@[\w-]+\.(dk|com|org|local)\b/i);
        expect(text, path).not.toMatch(/\+45|\b\d{2} \d{2} \d{2} \d{2}\b/);
        // A score comment, a conflict description and the accounts' actual figure of the demo data.
        for (const secret of [
          "Godt forankret i lokalområdet.",
          "Jeg er formand for Foreningen Grønne Gårde",
          "17.342,50",
          "17342.5",
          "Regnskab godkendt",
        ])
          expect(text, path).not.toContain(secret);
      }
    },
  );

  test("the committee page charts money per district-plan goal, with the figures as a table", async ({ page }) => {
    await page.goto("/udvalg/noerrebro");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nørrebro Lokaludvalg");
    const chart = page.getByTestId("goal-chart");
    await expect(chart.getByRole("row")).not.toHaveCount(1);
    await expect(page.getByText("Offentliggjorte initiativer i alt 101.000 kr.")).toBeVisible();
  });

  test("counts initiatives in words: 1 initiativ, 5 initiativer, on the list and on the committee page", async ({
    page,
  }) => {
    await page.goto("/initiativer");
    await expect(page.getByTestId("result-count")).toHaveText("5 initiativer");
    await page.goto("/initiativer?q=Korsang");
    await expect(page.getByTestId("result-count")).toHaveText("1 initiativ");
    await page.goto("/udvalg/noerrebro");
    await expect(page.getByTestId("initiative-count")).toHaveText("5 initiativer");
    await page.goto("/udvalg/moerkhoej");
    await expect(page.getByTestId("initiative-count")).toHaveText("0 initiativer");
  });

  test("search and filters take anything typed and answer with a normal page", async ({ page }) => {
    await page.goto("/initiativer");
    await page.getByLabel("Søg").fill('"><script>alert(1)</script>');
    await page.getByRole("button", { name: "Vis" }).click();
    await expect(page.getByTestId("result-count")).toHaveText("0 initiativer");
    await expect(page.getByLabel("Søg")).toHaveValue('"><script>alert(1)</script>');
    await page.getByLabel("Søg").fill("kor");
    await page.getByRole("button", { name: "Vis" }).click();
    await expect(page.getByRole("link", { name: "Korsang mod ensomhed" })).toBeVisible();
    await page.goto("/initiativer?status=completed");
    await expect(page.getByRole("link", { name: "Byvandringer om Nørrebros historie" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Sommerjob-messe for unge" })).toHaveCount(0);
  });
});
