import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login } from "./support";

const saved = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });

test(
  "an installation admin sets up a committee in the browser: its slug moved (the old address redirects), " +
    "a plan with three goals (one retired), a pool with a 2027 budget changed (history shown), a working group",
  async ({ page }) => {
    test.setTimeout(240_000);
    // Logs in itself (no stored session): the spec runs alone with --no-deps.
    await login(page, "admin@example.dk");
    await expect(page).toHaveURL(/\/dashboard/);
    const slug = `e2e-udvalg-${Date.now().toString(36)}`;

    await page.goto("/dashboard");
    await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Udvalg" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Udvalg");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Opret udvalg" }).click();
    await expectAccessible(page);
    await page.getByLabel("Navn").fill("Testbyens Lokaludvalg");
    await page.getByLabel("Adresse på den offentlige side").fill(slug);
    await page.getByLabel("Kommune").fill("Testkommune");
    await page.getByRole("button", { name: "Opret udvalget" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Testbyens Lokaludvalg");
    await expectAccessible(page);

    // A new slug: the old public address goes on to the new one.
    await page.getByLabel("Adresse på den offentlige side").fill(`${slug}-ny`);
    await page.getByRole("button", { name: "Gem udvalget" }).click();
    await expect(saved(page, "Udvalget er gemt.")).toBeVisible();
    const committeeUrl = page.url();
    await page.goto(`/udvalg/${slug}`);
    await expect(page).toHaveURL(new RegExp(`/udvalg/${slug}-ny$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Testbyens Lokaludvalg");

    // A district plan with three goals; one retired stays listed, marked.
    await page.goto(`${committeeUrl}/plans`);
    await expectAccessible(page);
    await page.getByLabel("Titel").fill("Bydelsplan 2025–2028");
    await page.getByLabel("Første år").fill("2025");
    await page.getByLabel("Sidste år").fill("2028");
    await page.getByRole("button", { name: "Opret planen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bydelsplan 2025–2028");
    for (const [code, title] of [
      ["SOC", "Social bæredygtighed"],
      ["ENS", "Færre ensomme"],
      ["ARB", "Flere i job"],
    ] as const) {
      await page.locator("#new-goal-code").fill(code);
      await page.locator("#new-goal-title").fill(title);
      await page.getByRole("button", { name: "Tilføj mål" }).click();
      await expect(page.getByTestId(`goal-${code}`)).toBeVisible();
    }
    await page.getByRole("button", { name: "Udfas: ENS" }).click();
    await expect(page.getByTestId("goal-ENS")).toContainText("(udfaset)");
    await expect(page.getByTestId("goal-SOC")).not.toContainText("udfaset");
    await expectAccessible(page);

    // A pool with a 2027 budget of 400.000 kr., then changed: both rows in the history.
    await page.goto(`${committeeUrl}/pools`);
    await expectAccessible(page);
    await page.getByLabel("Navn").fill("Testbyens pulje");
    await page.getByRole("button", { name: "Opret puljen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Testbyens pulje");
    await page.locator("#new-year-year").fill("2027");
    await page.locator("#new-year-budget").fill("400.000 kr.");
    await page.getByRole("button", { name: "Tilføj budgetår" }).click();
    const year = page.getByTestId("year-2027");
    await expect(year.getByRole("heading")).toHaveText("2027: 400.000 kr.");
    await year.getByLabel("Nyt budget for 2027 (kr.)").fill("450.000");
    await year.getByLabel("Hvorfor ændres budgettet?").fill("Ekstra midler fra kommunen");
    await year.getByRole("button", { name: "Ændr budgettet" }).click();
    await expect(year.getByRole("heading")).toHaveText("2027: 450.000 kr.");
    const last = year.getByRole("row").last();
    await expect(last).toContainText("400.000 kr.");
    await expect(last).toContainText("450.000 kr.");
    await expect(last).toContainText("Ekstra midler fra kommunen");
    await expectAccessible(page);

    // A working group with its first member, the committee's creator, as coordinator.
    await page.goto(`${committeeUrl}/groups`);
    await expectAccessible(page);
    await page.locator("#new-group-name").fill("Kulturgruppen");
    await page.getByRole("button", { name: "Opret gruppen" }).click();
    const group = page.getByTestId("working-group");
    await expect(group.getByRole("heading")).toHaveText("Kulturgruppen");
    await group.getByLabel("Person").selectOption({ label: "Anne Admin" });
    await group.getByLabel("Tovholder").check();
    await group.getByRole("button", { name: "Tilføj medlem" }).click();
    await expect(group).toContainText("Anne Admin (tovholder)");
    await expectAccessible(page);
  },
);
