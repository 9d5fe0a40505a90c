import { expect, test } from "@playwright/test";
import { parseCsv } from "../../lib/csv";
import { expectAccessible, login, storageState } from "./support";

test.describe("the ranking", () => {
  test.use({ storageState: storageState("secretariat") });

  test("the CSV exports match the ranking on the screen", async ({ page }) => {
    await page.goto("/calls/demo-call-social/ranking");
    await expectAccessible(page);
    const rows = page.getByTestId("ranking-row");
    await expect(rows).toHaveCount(18);
    const screen = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute("data-application-id"),
        rank: tr.querySelector("td")!.textContent!.trim(),
        score: tr.querySelector("[data-testid=weighted-score]")!.textContent!.trim(),
      })),
    );
    const csv = parseCsv(await (await page.request.get("/api/calls/demo-call-social/ranking.csv")).text());
    expect(csv[0]).toEqual(["rank", "application_id", "application_title", "weighted_score", "n_scores"]);
    const body = csv.slice(1);
    expect(body.map((r) => r[1])).toEqual(screen.map((s) => s.id));
    expect(body.map((r) => r[0])).toEqual(screen.map((s) => s.rank));
    expect(body.map((r) => (Math.round(Number(r[3]) * 100) / 100).toFixed(2).replace(".", ","))).toEqual(
      screen.map((s) => (s.score.includes(",") ? s.score.padEnd(s.score.indexOf(",") + 3, "0") : `${s.score},00`)),
    );

    const scores = parseCsv(await (await page.request.get("/api/calls/demo-call-social/scores.csv")).text());
    expect(scores[0]).toEqual([
      "application_id",
      "application_title",
      "member_email",
      "criterion",
      "weight",
      "score",
      "excluded",
      "excluded_reason",
    ]);
    const excluded = scores.slice(1).filter((r) => r[6] === "true");
    expect(excluded.map((r) => r[2])).toEqual(Array(5).fill("medlem3@example.dk"));
  });
});

test("a member ruled out for conflict does not see that application in the ranking", async ({ page }) => {
  await login(page, "medlem3@example.dk");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/calls/demo-call-social/ranking");
  await expect(page.getByTestId("ranking-row")).toHaveCount(17);
  await expect(page.locator("[data-application-id=demo-app-007]")).toHaveCount(0);
  await expect(page.getByText("Fælleshaver i gårdene")).toHaveCount(0);
});
