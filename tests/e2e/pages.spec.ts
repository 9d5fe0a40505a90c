import { expect, test } from "@playwright/test";
import { personas, routeMatrix, type Persona } from "../authz/matrix";
import { expectAccessible, storageState } from "./support";

// axe on every page each role can open.
for (const persona of personas) {
  test.describe(`pages as ${persona}`, () => {
    if (persona !== "anonymous") test.use({ storageState: storageState(persona as Exclude<Persona, "anonymous">) });
    test("have no accessibility violations", async ({ page }) => {
      // One axe run per page (a few seconds each on 2 cores): a sweep, not a timed check.
      test.setTimeout(240_000);
      for (const c of routeMatrix.filter((r) => r.expect[persona] === 200 && !r.path.startsWith("/api/"))) {
        await page.goto(c.path);
        await expectAccessible(page);
      }
    });
  });
}

test.describe("the public front page", () => {
  test("lists the funded demo initiatives and the open call", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Støttede initiativer");
    for (const title of ["Byvandringer om Nørrebros historie", "Repair Café hver måned", "Sommerjob-messe for unge", "Korsang mod ensomhed"]) {
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
    expect(await res.json()).toMatchObject({ status: "ok", database: { status: "up" } });
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
});
