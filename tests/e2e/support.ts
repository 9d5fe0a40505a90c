import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Persona } from "../authz/matrix";
import type { ReceivedMail } from "../../scripts/lib/mail-sink";

export const demoPassword = "lokalpulje-demo";
export const storageState = (persona: Exclude<Persona, "anonymous">) => `test-results/.auth/${persona}.json`;

/** WCAG 2.1 A and AA, as axe knows them: no violations allowed. */
export async function expectAccessible(page: Page) {
  // Next streams a page's metadata after its body: the check waits for the title (a page without one still fails).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, `axe on ${page.url()}`).toEqual([]);
}

export async function login(page: Page, email: string, password = demoPassword) {
  await page.goto("/login");
  await page.getByLabel("E-mailadresse").fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
}

/** A page of its own, signed in through the real form (so a spec also runs without the setup project's sessions). */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await login(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
  return page;
}

/** The error summary at the top of a form (not Next's route announcer, which is also an alert). */
export const errorSummary = (page: Page) => page.locator("[data-error-summary]");

/**
 * The newest mail to `to` (whose subject or text contains `containing`) that the app
 * delivered over SMTP to the test's server (scripts/e2e.ts); waits for it,
 * since delivery runs after the response.
 */
export async function mailTo(to: string, containing = ""): Promise<ReceivedMail> {
  const folder = process.env.E2E_MAIL_DIR;
  if (!folder) throw new Error("Run the e2e tests through `npm run test:e2e` (it starts the SMTP server).");
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      () => {
        const mails = readdirSync(folder)
          .sort()
          .map((f) => JSON.parse(readFileSync(path.join(folder, f), "utf8")) as ReceivedMail);
        found = mails
          .reverse()
          .find(
            (m) =>
              m.to.some((a) => a.toLowerCase() === to.toLowerCase()) && `${m.subject}\n${m.text}`.includes(containing),
          );
        return Boolean(found);
      },
      { message: `a mail to ${to} containing "${containing}"`, timeout: 20_000 },
    )
    .toBe(true);
  return found!;
}

/** The applicant's private link in the newest mail to `to` (that contains `containing`). */
export async function mailedLink(to: string, containing = ""): Promise<string> {
  const mail = await mailTo(to, containing);
  const link = /https?:\/\/\S+\/ansoegning\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
  expect(link, `a private link in the mail to ${to}`).toBeTruthy();
  return link!;
}
