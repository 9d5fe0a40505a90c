import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { importText } from "@/lib/projects/import/parse";
import { hiddenLines } from "../support/visible";
import { expectAccessible, storageState } from "./support";

const fixtures = path.resolve(import.meta.dirname, "../fixtures/import");
const source = (name: string) => fs.readFileSync(path.join(fixtures, name), "utf8");
test.describe("importing project descriptions", () => {
  test.use({ storageState: storageState("secretariat") });
  // A cookie-authenticated POST must come from the site itself (a browser sends its Origin).
  test.use({ extraHTTPHeaders: async ({ baseURL }, provide) => provide({ Origin: baseURL! }) });

  test(
    "the Gladsaxe programme document, uploaded and reviewed in the browser, becomes a programme " +
      "whose budget matrix totals 2.510.000 kr.",
    async ({ page }) => {
      await page.goto("/projects");
      await page.getByRole("link", { name: "Importér en projektbeskrivelse" }).click();
      await expectAccessible(page);
      await page.getByRole("button", { name: "Læs dokumentet" }).click();
      await expect(page.locator("[data-error-summary]")).toContainText("Der er ingen tekst at importere.");
      await page
        .getByLabel("Eller upload en fil (.txt eller .docx, højst 5 MB)")
        .setInputFiles(path.join(fixtures, "gladsaxe-moerkhoej-programdokument.txt"));
      await page.getByRole("button", { name: "Læs dokumentet" }).click();
      await expect(page.getByTestId("import-title")).toHaveText("Styrket indsats for social balance i Mørkhøj");
      await expect(page.getByTestId("import-budget")).toHaveText("2.510.000 kr.");
      await expect(page.getByTestId("import-review")).toContainText("Programplan");
      // The quarterly plan table is read as spans: three rows, ten spans.
      await expect(page.getByTestId("import-review")).toContainText("Programindsats → Kvartalsplan");
      await expect(page.getByTestId("import-review")).toContainText("10 forløb i kvartalsplanen");
      await expectAccessible(page);
      await page.getByLabel("Udvalg").selectOption({ label: "Styregruppen for social balance i Mørkhøj" });
      await page.getByRole("button", { name: "Gem som nyt projekt" }).click();
      await expect(page).toHaveURL(/\/projects\/[^/]+$/);
      const title = "Styrket indsats for social balance i Mørkhøj";
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.getByTestId("budget-total")).toHaveText("2.510.000 kr.");
      await expect(page.getByRole("table", { name: "Kvartalsplan" })).toContainText("Implementering af aktiviteter");
    },
  );

  test(
    "over the API: each example as text/plain gives a project that shows every source line on its page; " +
      "its JSON export imports to an identical project; bad input gets a reason",
    async ({ request, page }) => {
      for (const [name, committeeId] of [
        ["noerrebro-fremtidens-boligsociale-indsats.txt", "demo-committee-noerrebro"],
        ["noerrebro-de-stemmer-vi-glemmer.txt", "demo-committee-noerrebro"],
        ["gladsaxe-moerkhoej-programdokument.txt", "demo-committee-moerkhoej"],
      ]) {
        const text = source(name!);
        const created = await request.post(`/api/projects/import?committeeId=${committeeId}`, {
          data: text,
          headers: { "Content-Type": "text/plain; charset=utf-8" },
        });
        expect(created.status(), name).toBe(201);
        const { id } = (await created.json()) as { id: string };
        // What a person sees, not the JSON (whose importSource is a raw copy no page shows).
        await page.goto(`/projects/${id}`);
        const shown = await page.locator("main").innerText();
        expect(hiddenLines(text, shown, importText(text).sections), name).toEqual([]);
        const exported = (await (await request.get(`/api/projects/${id}`)).json()) as Record<string, unknown>;

        const again = await request.post("/api/projects/import", { data: exported });
        expect(again.status()).toBe(201);
        const copy = (await (
          await request.get(`/api/projects/${((await again.json()) as { id: string }).id}`)
        ).json()) as Record<string, unknown>;
        // Ids and slugs are new in a copy; links to interventions are compared by the intervention's place.
        const strip = (d: Record<string, unknown>) => {
          const children = (d.children as Record<string, unknown>[]) ?? [];
          const place = (slug: unknown) =>
            slug === undefined ? undefined : children.findIndex((c) => c.slug === slug);
          const relink = (rows: unknown) =>
            ((rows as Record<string, unknown>[]) ?? []).map((r) => ({
              ...r,
              interventionSlug: place(r.interventionSlug),
            }));
          return JSON.stringify({
            ...d,
            id: 0,
            slug: 0,
            version: 0,
            children: children.map((c) => ({ ...c, id: 0, slug: 0 })),
            budget: relink(d.budget),
            quarterPlan: relink(d.quarterPlan),
          });
        };
        expect(strip(copy)).toBe(strip(exported));
      }

      expect(
        (
          await request.post("/api/projects/import?committeeId=demo-committee-noerrebro", {
            data: "   ",
            headers: { "Content-Type": "text/plain" },
          })
        ).status(),
      ).toBe(400);
      expect(
        (
          await request.post("/api/projects/import?committeeId=demo-committee-noerrebro", {
            data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
            headers: { "Content-Type": "text/plain" },
          })
        ).status(),
      ).toBe(415);
      expect(
        (
          await request.post("/api/projects/import?committeeId=demo-committee-noerrebro", {
            data: Buffer.alloc(20 * 1024 * 1024, 65),
            headers: { "Content-Type": "text/plain" },
          })
        ).status(),
      ).toBe(413);
      expect((await request.post("/api/projects/import", { data: { title: "" } })).status()).toBe(400);
      expect(
        (
          await request.post("/api/projects/import", { data: "<xml/>", headers: { "Content-Type": "application/xml" } })
        ).status(),
      ).toBe(415);
    },
  );
});

test.describe("a member", () => {
  test.use({ storageState: storageState("member") });
  test("cannot import projects", async ({ request }) => {
    const res = await request.post("/api/projects/import?committeeId=demo-committee-noerrebro", {
      data: "Projektnavn: X",
      headers: { "Content-Type": "text/plain" },
    });
    expect(res.status()).toBe(403);
  });
});
