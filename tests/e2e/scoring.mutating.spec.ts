import { expect, test } from "@playwright/test";
import { errorSummary, expectAccessible, login } from "./support";

test(
  "a member scores from the keyboard: " + "bad input gets clear errors and loses nothing, then the sheet is submitted",
  async ({ page }) => {
    await login(page, "medlem5@example.dk");
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.goto("/calls/demo-call-social/score");
    await expect(page.getByTestId("scoring-progress")).toHaveText("15 af 18 vurderet");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Orkester for børn i boligområderne" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Orkester for børn i boligområderne");
    await expect(page.getByText("Du ser de andres vurderinger, når du har indsendt din egen.")).toBeVisible();

    await page
      .getByRole("group", { name: /Social bæredygtighed/ })
      .getByRole("radio", { name: /^4/ })
      .check();
    await page.getByLabel("Kommentar (valgfri)").first().fill("Stærk lokal forankring");
    await page.getByRole("button", { name: "Indsend vurdering" }).click();
    await expect(errorSummary(page)).toContainText("Der er 4 fejl i vurderingen");
    await expect(page.getByLabel("Kommentar (valgfri)").first()).toHaveValue("Stærk lokal forankring");
    await expect(
      page.getByRole("group", { name: /Social bæredygtighed/ }).getByRole("radio", { name: /^4/ }),
    ).toBeChecked();
    await expectAccessible(page);

    // The keyboard: focus a group's first option, arrow keys choose within it.
    for (const name of [/Realkompetenceudvikling/, /Lige adgang/, /Kampen mod ensomhed/, /Social udsathed/]) {
      const group = page.getByRole("group", { name });
      await group.getByRole("radio").first().focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
    }
    await page.getByRole("button", { name: "Indsend vurdering" }).click();
    // Submitted is final: the sheet is locked (the others' scores are now open to this member).
    await expect(page.getByRole("status").filter({ hasText: "Arket er låst" })).toBeVisible();
    await expect(page.getByRole("radio")).toHaveCount(0);
    await expect(page.getByTestId("my-scores")).toContainText("Social bæredygtighed: 4");
    await expect(page.getByRole("heading", { name: "Andre medlemmers vurderinger" })).toBeVisible();
    await page.goto("/calls/demo-call-social/score");
    await expect(page.getByTestId("scoring-progress")).toHaveText("16 af 18 vurderet");
  },
);

test(
  "a member declares a conflict, the secretariat rules them out, " +
    "and the application is then closed to them even by URL",
  async ({ browser }) => {
    const member = await (await browser.newContext()).newPage();
    await login(member, "medlem2@example.dk");
    await expect(member).toHaveURL(/\/dashboard$/);
    await member.goto("/calls/demo-call-social/score/demo-app-003");
    await member.getByRole("button", { name: "Erklær inhabilitet" }).click();
    await expect(errorSummary(member)).toContainText("Vælg grunden til inhabiliteten.");
    await member.getByLabel("Grund").selectOption("LEADING_ROLE");
    await member.getByLabel("Beskriv forholdet").fill("Jeg sidder i bestyrelsen for Nørrebro Værestedet.");
    await member.getByRole("button", { name: "Erklær inhabilitet" }).click();
    // The locked sheet is a status too: the declaration is the one that names it.
    await expect(member.getByRole("status").filter({ hasText: "Du har erklæret" })).toContainText(
      "Du har erklæret: Ledende rolle i den ansøgende forening (§ 3, stk. 1, nr. 3). " +
        "Status: afventer udvalgets afgørelse.",
    );

    const secretariat = await (await browser.newContext()).newPage();
    await login(secretariat, "sekretariat@example.dk");
    await expect(secretariat).toHaveURL(/\/dashboard$/);
    await secretariat.goto("/calls/demo-call-social/conflicts");
    await expectAccessible(secretariat);
    const item = secretariat.getByRole("listitem").filter({ hasText: "Jesper Langebæk" });
    await item.getByRole("radio", { name: /^Inhabil/ }).check();
    await item
      .getByLabel("Begrundelse (til referatet)")
      .fill("Medlemmet sidder i ansøgers bestyrelse, jf. § 3, stk. 1, nr. 3.");
    await item.getByRole("button", { name: "Registrér afgørelse" }).click();
    await expect(item.getByText("Afgørelse:")).toBeVisible();
    await expect(item.getByRole("button", { name: "Registrér afgørelse" })).toHaveCount(0);

    const res = await member.goto("/calls/demo-call-social/score/demo-app-003");
    expect(res?.status()).toBe(404);
    await member.goto("/calls/demo-call-social/score");
    await expect(member.getByRole("link", { name: "Morgenmad og rådgivning for hjemløse" })).toHaveCount(0);
  },
);

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the score sheet posts natively: a draft is saved, an incomplete submit is refused, nothing is lost", async ({
    page,
  }) => {
    await login(page, "medlem4@example.dk");
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.goto("/calls/demo-call-social/score/demo-app-013");
    const social = page.getByRole("group", { name: /Social bæredygtighed/ });
    await social.getByRole("radio", { name: /^3/ }).check();
    await page.getByLabel("Kommentar (valgfri)").first().fill("Skrevet uden JavaScript");
    await page.getByRole("button", { name: "Gem kladde" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Din vurdering er gemt som kladde." })).toBeVisible();
    await expect(social.getByRole("radio", { name: /^3/ })).toBeChecked();
    await expect(page.getByLabel("Kommentar (valgfri)").first()).toHaveValue("Skrevet uden JavaScript");

    await page.getByRole("button", { name: "Indsend vurdering" }).click();
    await expect(errorSummary(page)).toContainText("Der er 4 fejl i vurderingen");
    await expect(social.getByRole("radio", { name: /^3/ })).toBeChecked();
    await expect(page.getByLabel("Kommentar (valgfri)").first()).toHaveValue("Skrevet uden JavaScript");
  });
});
