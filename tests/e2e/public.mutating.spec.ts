import { expect, test } from "@playwright/test";
import { errorSummary, expectAccessible, login } from "./support";

const title = "Lektiecafé for skolebørn";
const summary = 'Lektiehjælp to gange om ugen. <script>window.__xss = 1</script> "Alle er velkomne"';

// After unpublishing, it is gone from all of it.
test("the secretariat publishes an initiative with a portrait; it appears everywhere public", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const staff = await (await browser.newContext()).newPage();
  await login(staff, "sekretariat@example.dk");
  await expect(staff).toHaveURL(/\/dashboard$/);
  await staff.goto("/calls/demo-call-pulje-2025/applications/demo-app-2025-006");
  await expect(staff.getByTestId("publication")).toHaveText("Ikke offentliggjort.");
  const pub = staff.getByRole("region", { name: "Offentliggørelse" });
  await pub.getByLabel("Kort offentlig beskrivelse").fill("Kort");
  await pub.getByRole("button", { name: "Offentliggør initiativet" }).click();
  await expect(errorSummary(staff)).toContainText("Skriv en kort offentlig beskrivelse (mindst 20 tegn).");
  await pub.getByLabel("Kort offentlig beskrivelse").fill(summary);
  await pub.getByLabel("Portrættets overskrift (valgfri)").fill("Lektiecaféen, hvor ingen går alene med matematikken");
  await pub
    .getByLabel("Portrættets tekst")
    .fill("Hver tirsdag og torsdag fyldes beboerhuset med skolebørn og frivillige, der hjælper med lektierne.");
  await pub.getByLabel("Portrættets måned").fill("2025-10");
  await pub.getByLabel("Børn og frivillige ved lektiecaféens borde").check();
  await pub.getByRole("button", { name: "Offentliggør initiativet" }).click();
  await expect(staff.getByTestId("publication")).toContainText("Offentliggjort");
  await expectAccessible(staff);

  // Anyone, without an account.
  await page.goto("/initiativer");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("amount")).toHaveText("30.000 kr.");
  // Typed by staff, shown as text: the script tag is visible and never runs.
  await expect(page.getByText(summary)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.getByRole("img", { name: "Børn og frivillige ved lektiecaféens borde" })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Lektiecaféen, hvor ingen går alene med matematikken" }),
  ).toBeVisible();
  await expectAccessible(page);
  const initiativeUrl = page.url();

  await page.goto("/udvalg/noerrebro");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: "Lektiecaféen, hvor ingen går alene med matematikken" })).toBeVisible();
  const feed = await page.request.get("/portraetter/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain("Lektiecaféen, hvor ingen går alene med matematikken");
  const json = await (await page.request.get("/api/public/grants.json")).json();
  expect(json.grants.map((g: { initiative: string }) => g.initiative)).toContain(title);
  expect(await (await page.request.get("/api/public/grants.csv")).text()).toContain(title);
  expect(await (await page.request.get("/sitemap.xml")).text()).toContain("/initiativer/demo-app-2025-006");

  // Unpublished: gone from all of them.
  await staff.getByRole("button", { name: "Fjern fra den offentlige side" }).click();
  await expect(staff.getByTestId("publication")).toHaveText("Ikke offentliggjort.");
  const gone = await page.goto(initiativeUrl);
  expect(gone?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siden findes ikke");
  await page.goto("/initiativer");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await page.goto("/udvalg/noerrebro");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  expect(await (await page.request.get("/portraetter/feed.xml")).text()).not.toContain("Lektiecaféen");
  expect(await (await page.request.get("/api/public/grants.csv")).text()).not.toContain(title);
  expect(JSON.stringify(await (await page.request.get("/api/public/grants.json")).json())).not.toContain(title);
});
