import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formatKr } from "@/lib/i18n/format";
import { parsePublicFilters } from "@/lib/public/model";
import { publishInitiative, unpublishInitiative } from "@/lib/public/mutations";
import {
  getCommitteePage,
  getInitiative,
  getPortrait,
  listInitiatives,
  listOpenCalls,
  listPortraits,
} from "@/lib/public/queries";
import { getPublicPhoto, listOpenGrants, listSitemapEntries } from "@/lib/public/open-data";
import { publishSchema } from "@/lib/public/schema";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor } from "@/tests/factories";
import { ForbiddenError as PermissionDenied } from "@/lib/auth/permissions";

const all = parsePublicFilters({});

/** Everything the public site and the open data files are made of, as one text. */
async function everythingPublic(): Promise<string> {
  const list = await listInitiatives(null, all);
  const pages = await Promise.all(list.items.map((i) => getInitiative(null, i.id)));
  const portraits = await listPortraits(null);
  const portraitPages = await Promise.all(portraits.map((p) => getPortrait(null, p.slug)));
  const committees = await Promise.all(["noerrebro", "moerkhoej"].map((s) => getCommitteePage(null, s, 2025)));
  return JSON.stringify([
    list,
    pages,
    portraits,
    portraitPages,
    committees,
    await listOpenCalls(null),
    await listOpenGrants(null),
    await listSitemapEntries(null),
  ]);
}

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);

describe("what is public is decided explicitly", () => {
  it("a granted application is public only once published, and gone from everything when unpublished", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const id = "demo-app-2025-006";
    const absent = async () => {
      expect((await listInitiatives(null, all)).items.map((i) => i.id)).not.toContain(id);
      expect(await getInitiative(null, id)).toBeNull();
      expect((await listOpenGrants(null)).map((g) => g.initiative_id)).not.toContain(id);
      expect((await getCommitteePage(null, "noerrebro", 2025))!.latest.map((i) => i.id)).not.toContain(id);
      expect((await listSitemapEntries(null)).initiatives.map((i) => i.id)).not.toContain(id);
      expect((await listPortraits(null)).map((p) => p.initiativeId)).not.toContain(id);
      expect(await getPublicPhoto(null, "demo-photo-lektiecafe")).toBeNull();
    };
    await absent();

    expect(
      publishSchema
        .safeParse({
          applicationId: id,
          summary: "Kort",
          portraitTitle: "",
          portraitBody: "",
          portraitMonth: "oktober",
          photoIds: [],
        })
        .error?.issues.map((i) => i.message),
    ).toEqual(["publish.summaryRequired", "publish.monthInvalid"]);
    await expect(
      publishInitiative(secretariat, {
        applicationId: id,
        summary: "Lektiehjælp to gange om ugen for skolebørn i Mjølnerparken.",
        portraitTitle: "Lektier",
        portraitBody: "For kort",
        portraitMonth: "2025-10",
        photoIds: [],
      }),
    ).rejects.toMatchObject({ fieldErrors: { portraitBody: "publish.portraitBodyRequired" } });
    await expect(
      publishInitiative(secretariat, {
        applicationId: id,
        summary: "Lektiehjælp to gange om ugen for skolebørn i Mjølnerparken.",
        portraitTitle: "",
        portraitBody: "",
        portraitMonth: "2025-10",
        photoIds: ["not-its-photo"],
      }),
    ).rejects.toMatchObject({ fieldErrors: { photoIds: "publish.photoInvalid" } });

    const { portraitSlug } = await publishInitiative(secretariat, {
      applicationId: id,
      summary: "Lektiehjælp to gange om ugen for skolebørn i Mjølnerparken.",
      portraitTitle: "Lektiecaféen, hvor ingen går alene med matematikken",
      portraitBody:
        "Hver tirsdag og torsdag fyldes beboerhuset med skolebørn og frivillige. " +
        "Lokaludvalget har støttet caféen med 30.000 kr.",
      portraitMonth: "2025-10",
      photoIds: ["demo-photo-lektiecafe"],
    });
    expect((await listInitiatives(null, all)).items.map((i) => i.id)).toContain(id);
    const page = (await getInitiative(null, id))!;
    expect(page).toMatchObject({
      title: "Lektiecafé for skolebørn",
      amountOre: 3_000_000,
      summary: "Lektiehjælp to gange om ugen for skolebørn i Mjølnerparken.",
    });
    expect(page.portraits[0]!.photos).toEqual([
      { id: "demo-photo-lektiecafe", altText: "Børn og frivillige ved lektiecaféens borde" },
    ]);
    expect((await listOpenGrants(null)).find((g) => g.initiative_id === id)).toMatchObject({
      committee: "Nørrebro Lokaludvalg",
      amount_kr: 30_000,
      funds_year: 2025,
      organisation: "Lektiecaféen Mjølnerparken",
    });
    expect((await getCommitteePage(null, "noerrebro", 2025))!.latest.map((i) => i.id)).toContain(id);
    expect((await listPortraits(null)).map((p) => p.slug)).toContain(portraitSlug);
    expect((await getPublicPhoto(null, "demo-photo-lektiecafe"))?.mimeType).toBe("image/png");
    expect((await listSitemapEntries(null)).portraits.map((p) => p.slug)).toContain(portraitSlug);

    await unpublishInitiative(secretariat, id);
    await absent();
    expect(await getPortrait(null, portraitSlug!)).toBeNull();
    const actions = await db().auditEntry.findMany({
      where: { entityId: id, action: { startsWith: "initiative." } },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["initiative.publish", "initiative.unpublish"]);
  });

  it("is the secretariat's: members and applicants cannot publish, and a refusal cannot be published", async () => {
    const input = {
      applicationId: "demo-app-2025-006",
      summary: "Lektiehjælp for skolebørn i Mjølnerparken.",
      portraitTitle: "",
      portraitBody: "",
      portraitMonth: "2025-10",
      photoIds: [],
    };
    await expect(publishInitiative(await actorFor("medlem1@example.dk"), input)).rejects.toThrow(PermissionDenied);
    await expect(unpublishInitiative(await actorFor("ansoeger@example.dk"), "demo-app-2025-001")).rejects.toThrow(
      PermissionDenied,
    );
    await expect(
      publishInitiative(await actorFor("sekretariat@example.dk"), { ...input, applicationId: "demo-app-2025-005" }),
    ).rejects.toMatchObject({ messageKey: "publish.notGranted" });
  });
});

describe("nothing private leaves through the public site or the open data", () => {
  it(
    "holds no e-mail address, phone number, score, comment, conflict, accounts figure, decision reasons " +
      "or private person's name of the demo data",
    async () => {
      const text = await everythingPublic();
      expect(text.length).toBeGreaterThan(1000);
      const [apps, users, scores, conflicts, accounts, messages, visits, reasons, people] = await Promise.all([
        db().application.findMany({
          select: { contactEmail: true, contactPhone: true, contactName: true, eligibilityReason: true },
        }),
        db().user.findMany({ select: { email: true } }),
        db().score.findMany({ where: { comment: { not: "" } }, select: { comment: true } }),
        db().conflictDeclaration.findMany({ select: { description: true, rulingReason: true } }),
        db().accountLine.findMany({ select: { actualOre: true } }),
        db().applicationMessage.findMany({ select: { body: true } }),
        db().visit.findMany({ select: { notes: true } }),
        db().decision.findMany({ where: { reasons: { not: "" } }, select: { reasons: true } }),
        db().organisation.findMany({ where: { kind: "PRIVATE_PERSON" }, select: { name: true } }),
      ]);
      // The demo publishes a private person's grant without a public name.
      expect(people.map((p) => p.name)).toContain("Karen Winther");
      expect(text).toContain("Bogbytteskab ved legepladsen");
      const secrets = [
        ...apps.flatMap((a) => [a.contactEmail, a.contactPhone, a.eligibilityReason]),
        ...users.map((u) => u.email),
        ...scores.map((s) => s.comment),
        ...conflicts.flatMap((c) => [c.description, c.rulingReason]),
        ...accounts.flatMap((a) => [
          formatKr(a.actualOre),
          formatKr(a.actualOre).replace(" kr.", ""),
          String(Number(a.actualOre) / 100),
          String(a.actualOre),
        ]),
        ...messages.map((m) => m.body),
        ...visits.map((v) => v.notes),
        ...reasons.map((d) => d.reasons),
        ...people.map((p) => p.name),
      ].filter((s): s is string => Boolean(s && s.length > 3));
      expect(secrets.length).toBeGreaterThan(50);
      // An accounts figure such as "4.815" is also the tail of a timestamp's seconds ("…:54.815Z", the sitemap's
      // updatedAt): the figures are looked for with the timestamps left out.
      const withoutTimes = text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, "");
      for (const s of secrets) expect(withoutTimes, s).not.toContain(s);
      expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i);
      expect(text).not.toMatch(/\+45/);
      expect(text).not.toMatch(/"(score|weight|comment|excluded|contactEmail|contactPhone|email|passwordHash)"/);
    },
  );
});
