import { expect, test } from "@playwright/test";
import { mailedLink } from "./support";

// Links in mail come from PUBLIC_URL, never from the request (issue 10, point 7).
test("an application with forged Host, X-Forwarded-Host and Origin gets a mailed link to the configured site", async ({
  page,
  baseURL,
}) => {
  const forged = "evil.example:8443";
  // Next refuses a server action whose Origin does not match the (forwarded) host, and a
  // browser cannot forge Origin; so the form's own request is replayed from outside the
  // browser, as an attacker's client would send it, with Host, X-Forwarded-* and Origin forged.
  await page.route("**/opslag/**", async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    const headers = { ...request.headers() };
    delete headers["content-length"];
    const replay = await page.request.fetch(request.url(), {
      method: "POST",
      headers: {
        ...headers,
        host: forged,
        "x-forwarded-host": forged,
        "x-forwarded-proto": "https",
        origin: `https://${forged}`,
      },
      data: request.postDataBuffer() ?? undefined,
    });
    await route.fulfill({ response: replay });
  });
  const email = `forfalsket-${Date.now()}@example.dk`;
  await page.goto("/opslag/smaa-ansoegninger-hurtigt-spor");
  await page.getByLabel("Forening, institution eller dit navn").fill("Foreningen Falsk Vært");
  await page.getByLabel("Navn", { exact: true }).fill("Kim Kontakt");
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Projektets titel").fill("Vejfest med forfalsket vært");
  await page.getByLabel("Beskrivelse").fill("En vejfest for beboerne på hele vejen, med musik og fælles mad.");
  await page.getByLabel("Målgruppe").fill("Beboerne");
  await page.getByLabel("Periode").fill("Forår 2027");
  await page.getByLabel("Ansøgt beløb i kr.").fill("4.000");
  await page.locator("#budget-0-label").fill("Musik");
  await page.locator("#budget-0-amount").fill("4.000");
  await page.locator("#budget-1-label").fill("Ansøgt");
  await page.locator("#budget-1-amount").fill("4.000");
  await page.getByRole("button", { name: "Send ansøgning" }).click();
  await expect(page.getByRole("status")).toContainText("Tak – vi har modtaget jeres ansøgning");

  const link = await mailedLink(email);
  expect(link.startsWith(`${baseURL}/ansoegning/`), link).toBe(true);
  expect(await page.getByTestId("private-link").getAttribute("href")).toBe(link);
  await page.unrouteAll();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vejfest med forfalsket vært");
});
