import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { errorSummary, expectAccessible, login } from "./support";

// Mutating: each download writes an audit entry.
test("the admin finds a demo applicant's data on /admin/privacy and downloads it as JSON, without secrets", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Logs in itself (no stored session): the spec runs alone with --no-deps.
  await login(page, "admin@example.dk");
  await expect(page).toHaveURL(/\/dashboard/);
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Persondata" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Persondata");
  await expectAccessible(page);

  const email = page.getByLabel("E-mailadresse");
  await email.fill("ikke en adresse");
  await page.getByRole("button", { name: "Find data" }).click();
  await expect(errorSummary(page)).toContainText("Skriv en gyldig e-mailadresse");
  await expect(page.locator("#email-error")).toHaveText("Skriv en gyldig e-mailadresse, fx navn@example.dk.");

  await email.fill("ingen.her@example.dk");
  await page.getByRole("button", { name: "Find data" }).click();
  await expect(page.getByText("Der er intet gemt om ingen.her@example.dk.")).toBeVisible();

  // The demo applicant: an account, and applications made from it.
  await email.fill("  ANSOEGER@example.dk ");
  await page.getByRole("button", { name: "Find data" }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Gemt om ansoeger@example.dk");
  await expect(page.getByText("Brugerkonto: ja")).toBeVisible();
  await expect(page.getByTestId("privacy-count-applications")).toBeVisible();
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Hent alt som JSON" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^persondata-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile((await download.path())!, "utf8");
  const doc = JSON.parse(text) as {
    email: string;
    user: { email: string } | null;
    records: { applications: { id: string; applicantId: string | null }[]; organisationSeats: unknown[] };
  };
  expect(doc.email).toBe("ansoeger@example.dk");
  expect(doc.user?.email).toBe("ansoeger@example.dk");
  expect(doc.records.applications.map((a) => a.id)).toContain("demo-app-001");
  expect(doc.records.applications.every((a) => a.applicantId === "demo-user-ansoeger")).toBe(true);
  expect(doc.records.organisationSeats.length).toBeGreaterThan(0);
  expect(text).not.toMatch(/passwordHash|totpSecret|tokenHash|accessTokenHash|sealedBody|"data"/);
  // The page is still there after the download.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Persondata");
});
