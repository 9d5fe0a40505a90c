import { expect, test, type Browser, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { expectAccessible, login, mailTo } from "./support";

// Issue 12: a production installation (LOKALPULJE_DEMO=0) from an empty database, in the browser. Its own app on
// its own database (playwright.config.ts, "from-nothing"); scripts/e2e.ts made the set-up link as npm start does.
const admin = { email: "it-chef@amager-oest.example.dk", password: "første administrator 2026" };
const secretary = {
  email: "sekretaer@amager-oest.example.dk",
  name: "Sara Sekretær",
  password: "sekretariatets kode 2026",
};
const members = [
  { email: "medlem.a@amager-oest.example.dk", name: "Mads Medlem", password: "medlem a's lange kode" },
  { email: "medlem.b@amager-oest.example.dk", name: "Mette Medlem", password: "medlem b's lange kode" },
];

/** The link to `path` in the newest mail to `to`, as the SMTP server started by scripts/e2e.ts received it. */
const linkIn = async (to: string, path: string) => {
  const mail = await mailTo(to, path);
  return new RegExp(`https?://\\S+${path}[A-Za-z0-9_-]+`).exec(mail.text)![0];
};

const codeAt = (secret: string, ms: number) =>
  new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, "")) }).generate({ timestamp: ms });

/** A browser of the person's own, without anyone's session. */
const freshPage = async (browser: Browser): Promise<Page> => (await browser.newContext()).newPage();

const saved = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });

test.describe.configure({ mode: "serial" });

test("the set-up link creates the first administrator, who names the installation", async ({ page }) => {
  const link = process.env.E2E_SETUP_LINK;
  expect(link, "scripts/e2e.ts gives the set-up link").toBeTruthy();
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Opsæt Lokalpulje");
  await expectAccessible(page);
  await page.getByLabel("Installationens navn").fill("Lokalpulje – Amager");
  await page.getByLabel("Dit navn").fill("Ida Itchef");
  await page.getByLabel("Din e-mail").fill(admin.email);
  await page.getByLabel("Adgangskode", { exact: true }).fill(admin.password);
  await page.getByLabel("Gentag adgangskoden").fill("en anden adgangskode");
  await page.getByRole("button", { name: "Opret installationen" }).click();
  await expect(page.locator("#passwordAgain-error")).toHaveText("De to adgangskoder er ikke ens.");
  // What was typed stays, except the passwords.
  await expect(page.getByLabel("Installationens navn")).toHaveValue("Lokalpulje – Amager");
  await page.getByLabel("Gentag adgangskoden").fill(admin.password);
  await page.getByRole("button", { name: "Opret installationen" }).click();
  await expect(page).toHaveURL(/\/login\?setup=1$/);
  await expect(page.getByRole("status")).toContainText("Installationen er oprettet");
  await expect(page.getByRole("banner")).toContainText("Lokalpulje – Amager");

  // The link worked once.
  await page.goto(link!);
  await expect(page.getByText("Linket er allerede brugt.")).toHaveAttribute("role", "alert");
  await expectAccessible(page);

  await login(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Installationen" })).toBeVisible();
  await page.getByRole("link", { name: "Installationens indstillinger" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Installation");
  await expectAccessible(page);
  await page.getByLabel("Afsender på mails").fill("ikke en adresse");
  await page.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(page.locator("#mailFrom-error")).toContainText("Skriv en e-mailadresse");
  await page.getByLabel("Afsender på mails").fill("Lokaludvalgene <lokaludvalg@amager.example.dk>");
  await page.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(page.getByRole("status")).toContainText("Indstillingerne er gemt.");
});

test("the admin sets up Amager Øst and invites its people; the secretary logs in with TOTP and makes a call", async ({
  page,
  browser,
}) => {
  test.setTimeout(420_000);
  await login(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/dashboard$/);

  // The committee.
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Udvalg" }).click();
  await page.getByRole("link", { name: "Opret udvalg" }).click();
  await page.getByLabel("Navn").fill("Amager Øst Lokaludvalg");
  await page.getByLabel("Adresse på den offentlige side").fill("amager-oest");
  await page.getByLabel("Kommune").fill("Københavns Kommune");
  await page.getByRole("button", { name: "Opret udvalget" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Amager Øst Lokaludvalg");
  const committeeUrl = page.url();

  // Its district plan with three goals.
  await page.goto(`${committeeUrl}/plans`);
  await page.getByLabel("Titel").fill("Bydelsplan 2025–2028");
  await page.getByLabel("Første år").fill("2025");
  await page.getByLabel("Sidste år").fill("2028");
  await page.getByRole("button", { name: "Opret planen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bydelsplan 2025–2028");
  for (const [code, title] of [
    ["FÆL", "Fællesskab på tværs af generationer"],
    ["GRØ", "Grønne byrum og klima"],
    ["KUL", "Kultur og idræt for alle"],
  ] as const) {
    await page.locator("#new-goal-code").fill(code);
    await page.locator("#new-goal-title").fill(title);
    await page.getByRole("button", { name: "Tilføj mål" }).click();
    await expect(page.getByTestId(`goal-${code}`)).toContainText(title);
  }

  // Its pool, with a 2027 budget of 400.000 kr.
  await page.goto(`${committeeUrl}/pools`);
  await page.getByLabel("Navn").fill("Amager Østs pulje");
  await page.getByRole("button", { name: "Opret puljen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Amager Østs pulje");
  await page.locator("#new-year-year").fill("2027");
  await page.locator("#new-year-budget").fill("400.000");
  await page.getByRole("button", { name: "Tilføj budgetår" }).click();
  await expect(page.getByTestId("year-2027").getByRole("heading")).toHaveText("2027: 400.000 kr.");

  // A secretary and two members, invited by mail.
  await page.goto("/admin/users");
  for (const [person, role] of [
    [secretary, "SECRETARIAT"],
    [members[0]!, "MEMBER"],
    [members[1]!, "MEMBER"],
  ] as const) {
    await page.locator("#email").fill(person.email);
    await page.locator("#name").fill(person.name);
    await page.locator("#committeeId").selectOption({ label: "Amager Øst Lokaludvalg" });
    await page.locator("#role").selectOption(role);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(saved(page, person.email)).toBeVisible();
    await page.reload();
  }
  await expectAccessible(page);

  // Each accepts the invitation from the mail, in a browser of their own.
  const pages = new Map<string, Page>();
  for (const person of [secretary, ...members]) {
    const own = await freshPage(browser);
    await own.goto(await linkIn(person.email, "/invitation/"));
    await own.getByLabel("Ny adgangskode").fill(person.password);
    await own.getByLabel("Gentag adgangskoden").fill(person.password);
    await own.getByRole("button", { name: "Tag imod og gem adgangskoden" }).click();
    await expect(own).toHaveURL(/\/login\?welcome=1/);
    pages.set(person.email, own);
  }

  // The secretary turns on a second factor and logs in with it.
  const sec = pages.get(secretary.email)!;
  await login(sec, secretary.email, secretary.password);
  await expect(sec).toHaveURL(/\/dashboard$/);
  await sec.getByRole("link", { name: "Sikkerhed" }).click();
  await sec.getByRole("button", { name: "Slå totrinsbekræftelse til" }).click();
  const secret = (await sec.getByTestId("totp-secret").textContent())!;
  const enrolledAt = Date.now();
  await sec.getByLabel("Kode fra appen").fill(codeAt(secret, enrolledAt));
  await sec.getByRole("button", { name: "Bekræft og slå til" }).click();
  await expect(sec.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await sec.getByRole("button", { name: "Log ud" }).click();
  await login(sec, secretary.email, secretary.password);
  await expect(sec).toHaveURL(/\/login\/code/);
  // The code used to enrol is spent: the next step's code logs in.
  await sec.getByLabel("Kode", { exact: true }).fill(codeAt(secret, enrolledAt + 30_000));
  await sec.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(sec).toHaveURL(/\/dashboard$/);

  // A member who forgot the password resets it by the mailed link, and logs in with the new one.
  const member = pages.get(members[1]!.email)!;
  await member.getByRole("link", { name: "Glemt adgangskode?" }).click();
  // The login page has an e-mail field too: wait for the new page before typing.
  await expect(member.getByRole("heading", { level: 1 })).toHaveText("Glemt adgangskode");
  await member.getByLabel("E-mailadresse").fill(members[1]!.email);
  await member.getByRole("button", { name: "Send link" }).click();
  await expect(member.getByRole("status")).toContainText("Hvis adressen hører til en konto");
  await member.goto(await linkIn(members[1]!.email, "/login/reset/"));
  await member.getByLabel("Ny adgangskode").fill("et nyt og langt kodeord");
  await member.getByLabel("Gentag adgangskoden").fill("et nyt og langt kodeord");
  await member.getByRole("button", { name: "Gem adgangskoden" }).click();
  await expect(member).toHaveURL(/\/login\?reset=1/);
  await login(member, members[1]!.email, "et nyt og langt kodeord");
  await expect(member).toHaveURL(/\/dashboard$/);

  // The secretary makes the committee's first call, on the new pool.
  await sec.goto("/calls/new");
  await sec.getByLabel("Titel", { exact: true }).fill("Amager Øst: små lokale initiativer 2027");
  await sec.getByLabel("Pulje").selectOption({ label: "Amager Østs pulje" });
  await sec.getByLabel("Rådighedsbeløb i kr.").fill("100.000");
  await sec.getByLabel("Ansøgningsfrist").fill("2027-03-01T12:00");
  await sec.getByRole("button", { name: "Gem opslag" }).click();
  await expect(sec.getByRole("heading", { level: 1 })).toHaveText("Amager Øst: små lokale initiativer 2027");
  await expectAccessible(sec);
});
