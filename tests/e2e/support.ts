import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import type { Persona } from "../authz/matrix";

export const demoPassword = "lokalpulje-demo";
export const storageState = (persona: Exclude<Persona, "anonymous">) => `test-results/.auth/${persona}.json`;

/** WCAG 2.1 A and AA, as axe knows them: no violations allowed. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe on ${page.url()}`).toEqual([]);
}

export async function login(page: Page, email: string, password = demoPassword) {
  await page.goto("/login");
  await page.getByLabel("E-mailadresse").fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
}

/** The error summary at the top of a form (not Next's route announcer, which is also an alert). */
export const errorSummary = (page: Page) => page.locator("[data-error-summary]");
