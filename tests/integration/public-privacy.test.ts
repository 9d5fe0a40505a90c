import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parsePublicFilters } from "@/lib/public/model";
import { publishInitiative } from "@/lib/public/mutations";
import { getCommitteePage, getInitiative, listInitiatives, listPortraits } from "@/lib/public/queries";
import { listOpenGrants, listSitemapEntries } from "@/lib/public/open-data";
import { publishSchema } from "@/lib/public/schema";
import { GET as grantsJson } from "@/app/api/public/grants.json/route";
import { GET as grantsCsv } from "@/app/api/public/grants.csv/route";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor } from "@/tests/factories";
import type { Actor } from "@/lib/auth/permissions";

const all = parsePublicFilters({});
const personName = "Birgitte Vestergaard-Kjær";
const reasonsToApplicant = "BEGRUNDELSE-KUN-TIL-ANSØGEREN: budgettet til forplejning er skåret ned.";
const publicSummary = "OFFENTLIGT-RESUMÉ: skakborde og turneringer i gården for alle generationer.";
let secretariat: Actor;

/** Every public page's data, the open data files and the feed's entries, as one text. */
async function everythingPublic(): Promise<string> {
  const list = await listInitiatives(null, all);
  const pages = await Promise.all(list.items.map((i) => getInitiative(null, i.id)));
  const files = [await (await grantsJson()).text(), await (await grantsCsv()).text()];
  const committee = await getCommitteePage(null, "noerrebro", 2025);
  return JSON.stringify([list, pages, files, committee, await listPortraits(null), await listSitemapEntries(null)]);
}

/** A granted, unpublished application by a private person, in the demo's decided 2025 round. */
async function privatePersonGrant(): Promise<string> {
  const org = await db().organisation.create({ data: { name: personName, kind: "PRIVATE_PERSON" } });
  const app = await db().application.create({
    data: {
      callId: "demo-call-pulje-2025",
      organisationId: org.id,
      contactName: personName,
      contactEmail: "birgitte@example.dk",
      title: "Skakborde i gården",
      description: "Skak for alle.",
      requestedOre: 900_000n,
      status: "GRANT_LETTER_SENT",
      eligible: true,
      submittedAt: new Date("2025-02-20T12:00:00Z"),
    },
  });
  await db().decision.create({
    data: {
      applicationId: app.id,
      outcome: "PARTIAL_GRANT",
      amountOre: 700_000n,
      fundsYear: 2025,
      reasons: reasonsToApplicant,
      decidedOn: new Date("2025-04-09T18:00:00Z"),
    },
  });
  return app.id;
}

const publishInput = (applicationId: string, publicName: string) => ({
  applicationId,
  summary: publicSummary,
  publicName,
  portraitTitle: "Skak i gården samler generationerne",
  portraitBody: "Hver lørdag står skakbordene fremme i gården, og både børn og bedsteforældre sætter sig ved brættet.",
  portraitMonth: "2025-09",
  photoIds: [],
});

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
  secretariat = await actorFor("sekretariat@example.dk");
}, 60_000);

describe("a private person's name is never published unless the secretariat chooses a public name", () => {
  it("publishes a private person's grant without any name, and with a chosen public name shows only that", async () => {
    const id = await privatePersonGrant();
    await publishInitiative(secretariat, publishInput(id, ""));
    const anonymous = await everythingPublic();
    expect(anonymous).toContain(publicSummary);
    expect(anonymous).not.toContain("Vestergaard");
    expect(anonymous).not.toContain("Birgitte");
    expect((await getInitiative(null, id))!.organisation).toBeNull();
    expect((await listOpenGrants(null)).find((g) => g.initiative_id === id)?.organisation).toBe("Privatperson");
    // The search box must not tell whether a named person got a grant.
    expect((await listInitiatives(null, parsePublicFilters({ q: "Vestergaard" }))).total).toBe(0);

    await publishInitiative(secretariat, publishInput(id, "Skakvennerne i gården"));
    const named = await everythingPublic();
    expect(named).toContain("Skakvennerne i gården");
    expect(named).not.toContain("Vestergaard");
    expect((await getInitiative(null, id))!.organisation).toBe("Skakvennerne i gården");
    expect((await listOpenGrants(null)).find((g) => g.initiative_id === id)?.organisation).toBe(
      "Skakvennerne i gården",
    );
    expect((await listInitiatives(null, parsePublicFilters({ q: "Skakvennerne" }))).items.map((i) => i.id)).toEqual([
      id,
    ]);
  });

  it("keeps an association's own name and ignores a public name for it", async () => {
    await publishInitiative(secretariat, {
      ...publishInput("demo-app-2025-006", "Et andet navn"),
      portraitTitle: "",
      portraitBody: "",
    });
    expect((await getInitiative(null, "demo-app-2025-006"))!.organisation).toBe("Lektiecaféen Mjølnerparken");
  });

  it("refuses a public name longer than a name", () => {
    const issues = publishSchema
      .safeParse(publishInput("x", "x".repeat(201)))
      .error?.issues.map((i) => i.path.join("."));
    expect(issues).toEqual(["publicName"]);
  });
});

describe("the public page shows the public summary, never the decision's reasons to the applicant", () => {
  it("holds no decision reasons anywhere public", async () => {
    await publishInitiative(secretariat, publishInput(await privatePersonGrant(), ""));
    const text = await everythingPublic();
    const reasons = await db().decision.findMany({ where: { reasons: { not: "" } }, select: { reasons: true } });
    expect(reasons.map((r) => r.reasons)).toContain(reasonsToApplicant);
    // The demo's partial grant is published and has reasons of its own.
    expect(reasons.length).toBeGreaterThan(2);
    for (const r of reasons) expect(text, r.reasons).not.toContain(r.reasons);
    expect(text).toContain(publicSummary);
  });
});

describe("the committee page's granted figure counts only what is published", () => {
  it("leaves out a decided but unpublished grant until it is published", async () => {
    const publishedSum = async () =>
      (await listOpenGrants(null))
        .filter((g) => g.committee === "Nørrebro Lokaludvalg" && g.funds_year === 2025)
        .reduce((s, g) => s + g.amount_kr * 100, 0);
    const unpublished = await privatePersonGrant();
    const before = (await getCommitteePage(null, "noerrebro", 2025))!.grantedThisYearOre;
    expect(before).toBe(await publishedSum());
    await publishInitiative(secretariat, { ...publishInput(unpublished, ""), portraitTitle: "", portraitBody: "" });
    const after = (await getCommitteePage(null, "noerrebro", 2025))!.grantedThisYearOre;
    expect(after - before).toBe(700_000);
    expect(after).toBe(await publishedSum());
  });
});
