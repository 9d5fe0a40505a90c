import { expect, test } from "@playwright/test";
import { login } from "./support";

// The demo publishes a grant to a private person, Karen Winther, without a public name.
const person = "Karen Winther";
const title = "Bogbytteskab ved legepladsen";

test("a private person's grant is public without their name: pages, Open Graph, feed, sitemap and open data", async ({
  page,
  request,
}) => {
  await page.goto("/initiativer");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Ansøger: Privatperson")).toBeVisible();
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
  const bodies: [string, string][] = [[page.url(), await page.content()]];
  for (const path of ["/", "/initiativer", "/udvalg/noerrebro", "/portraetter"]) {
    await page.goto(path);
    bodies.push([path, await page.content()]);
  }
  for (const path of ["/portraetter/feed.xml", "/sitemap.xml", "/api/public/grants.json", "/api/public/grants.csv"])
    bodies.push([path, await (await request.get(path)).text()]);
  expect(bodies.find(([path]) => path === "/api/public/grants.csv")?.[1]).toContain(
    `${title},demo-app-2025-007,Privatperson`,
  );
  for (const [path, text] of bodies) expect(text, path).not.toContain(person);
  // Searching for the person's name must not tell that they got a grant.
  await page.goto("/initiativer?q=Winther");
  await expect(page.getByTestId("result-count")).toHaveText("0 initiativer");
});

test("the publishing form asks for a public name only for a private person", async ({ page }) => {
  await login(page, "sekretariat@example.dk");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/calls/demo-call-pulje-2025/applications/demo-app-2025-007");
  const pub = page.getByRole("region", { name: "Offentliggørelse" });
  await expect(pub.getByLabel("Offentligt navn (valgfrit)")).toHaveValue("");
  await page.goto("/calls/demo-call-pulje-2025/applications/demo-app-2025-006");
  await expect(
    page.getByRole("region", { name: "Offentliggørelse" }).getByLabel("Offentligt navn (valgfrit)"),
  ).toHaveCount(0);
});
