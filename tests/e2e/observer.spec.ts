import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./support";

// Issue 12: an observer reads the committee's cases and never scores.
test("an observer follows the calls and projects, and is refused the score sheet", async ({ page }) => {
  await login(page, "observatoer@example.dk");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Observatør", exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Opslag og ansøgninger" }).click();
  await expect(page.getByRole("link", { name: "50.000 kr. til en social indsats" })).toBeVisible();
  await page.goto("/projects");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const score = await page.goto("/calls/demo-call-social/score/demo-app-001");
  expect(score?.status()).toBe(403);
});
