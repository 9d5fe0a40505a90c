import { beforeAll, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/permissions";
import { NotFoundError, UserError, ValidationError } from "@/lib/actions/errors";
import { applicantGrant } from "@/lib/grants/applicant-access";
import { acceptGrant, sendGrantLetter } from "@/lib/grants/letter-mutations";
import { grantLetterPdf } from "@/lib/grants/letter-pdf";
import { getApplicantLetter, getGrantLetterForPdf, getGrantMoney } from "@/lib/grants/queries";
import { translatorFor } from "@/lib/i18n/translator";
import { maskedToken } from "@/lib/mail/seal";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor, createCommittee, createUser } from "@/tests/factories";

const link = (n: number) => `demo-grant-${String(n).padStart(2, "0")}-link-0000000000`;
const versionOf = async (id: string) => (await db().application.findUniqueOrThrow({ where: { id } })).version;
const send = async (id: string, over: Record<string, unknown> = {}) => ({
  applicationId: id,
  version: await versionOf(id),
  conditions: "Udvalgets logo på plakaten.",
  accountsDueOn: "2026-10-31",
  payAdvance: true,
  ...over,
});

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);

describe("sending the grant letter", () => {
  it("writes the letter as sent, moves the grant on, mails it and keeps the applicant's working link", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const draft = (await getGrantMoney(secretariat, "demo-call-smaa-2026", "demo-grant-02"))!;
    expect(draft.can.sendLetter).toBe(true);
    expect(draft.draft).toMatchObject({ advanceOre: 400_000, accountsDueOn: "2026-10-30" });
    const now = new Date("2026-04-01T10:00:00Z");
    await sendGrantLetter(secretariat, await send("demo-grant-02"), now);

    const app = await db().application.findUniqueOrThrow({
      where: { id: "demo-grant-02" },
      include: { decisions: { include: { grantLetter: true } } },
    });
    expect(app.status).toBe("GRANT_LETTER_SENT");
    const letter = app.decisions[0]!.grantLetter!;
    expect(letter).toMatchObject({
      advanceOre: 400_000n,
      sentById: secretariat.id,
      conditions: "Udvalgets logo på plakaten.",
    });
    expect(letter.accountsDueOn?.toISOString()).toBe("2026-10-31T00:00:00.000Z");
    expect(letter.body).toContain("op til 8.000 kr.");
    expect(letter.body).toContain("Udvalgets logo på plakaten.");
    expect(letter.body).toContain("forskud på 4.000 kr.");
    const mail = await db().emailMessage.findFirstOrThrow({
      where: { applicationId: "demo-grant-02", kind: "grant-letter" },
    });
    expect(mail.toAddress).toBe("tilskud02@example.dk");
    expect(mail.body).toContain(letter.body);
    expect(mail.body).toContain("kvittering");
    // The demo's link still opens the grant: sending did not mint a new one over it.
    expect((await applicantGrant(db(), null, { token: link(2) })).status).toBe("GRANT_LETTER_SENT");
    const entry = await db().auditEntry.findFirstOrThrow({
      where: { entityId: "demo-grant-02", action: "grant.letterSent" },
    });
    expect(entry.actorId).toBe(secretariat.id);

    // A second send, from the stale page or a fresh one, is refused with a message.
    await expect(sendGrantLetter(secretariat, await send("demo-grant-02"))).rejects.toMatchObject({
      messageKey: "letters.alreadySent",
    });
  });

  it("refuses a deadline before the decision on its field, and a member and another committee's staff", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    const early = sendGrantLetter(secretariat, await send("demo-grant-01", { accountsDueOn: "2026-01-01" }));
    await expect(early).rejects.toBeInstanceOf(ValidationError);
    await expect(early).rejects.toMatchObject({ fieldErrors: { accountsDueOn: "letters.dueInPast" } });
    const member = await actorFor("medlem1@example.dk");
    await expect(sendGrantLetter(member, await send("demo-grant-01"))).rejects.toBeInstanceOf(ForbiddenError);
    const other = await createCommittee();
    const { actor: stranger } = await createUser({ roles: [{ committeeId: other.id, role: "SECRETARIAT" }] });
    await expect(sendGrantLetter(stranger, await send("demo-grant-01"))).rejects.toBeInstanceOf(NotFoundError);
    expect(await getGrantMoney(stranger, "demo-call-smaa-2026", "demo-grant-01")).toBeNull();
    expect(await getGrantLetterForPdf(stranger, "demo-grant-03")).toBeNull();
    expect((await db().application.findUniqueOrThrow({ where: { id: "demo-grant-01" } })).status).toBe("DECIDED");
  });
});

describe("accepting the grant", () => {
  it("through the link: two tabs sending at once are one acceptance, and the second is told", async () => {
    const input = { token: link(3), acceptedName: "Sara Lind" };
    const results = await Promise.allSettled([acceptGrant(null, input), acceptGrant(null, input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(UserError);
    expect(refused.reason.messageKey).toBe("letters.alreadyAccepted");
    const letter = await db().grantLetter.findFirstOrThrow({ where: { decision: { applicationId: "demo-grant-03" } } });
    expect(letter).toMatchObject({ acceptedName: "Sara Lind", acceptedById: null });
    expect((await db().application.findUniqueOrThrow({ where: { id: "demo-grant-03" } })).status).toBe(
      "GRANT_ACCEPTED",
    );
    const entries = await db().auditEntry.findMany({ where: { entityId: "demo-grant-03", action: "grant.accepted" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.actorLabel).toBe("applicant");
    const page = (await getApplicantLetter(null, { token: link(3) }))!;
    expect(page.canAccept).toBe(false);
    expect(page.steps.find((s) => s.key === "accepted")).toMatchObject({ done: true, by: "Sara Lind" });
    await expect(acceptGrant(null, input)).rejects.toMatchObject({ messageKey: "letters.alreadyAccepted" });
  });

  it("signed in, on the applicant's own application, and never by a forged token or someone else's id", async () => {
    const applicant = await actorFor("ansoeger@example.dk");
    await db().application.update({ where: { id: "demo-grant-02" }, data: { applicantId: applicant.id } });
    const { actor: stranger } = await createUser({
      roles: [{ committeeId: "demo-committee-noerrebro", role: "APPLICANT" }],
    });
    await expect(acceptGrant(stranger, { applicationId: "demo-grant-02", acceptedName: "X Y" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      acceptGrant(null, { token: "forfalsket-token-0000000000", acceptedName: "X Y" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await acceptGrant(applicant, { applicationId: "demo-grant-02", acceptedName: "Maja Sørensen" });
    const letter = await db().grantLetter.findFirstOrThrow({ where: { decision: { applicationId: "demo-grant-02" } } });
    expect(letter).toMatchObject({ acceptedName: "Maja Sørensen", acceptedById: applicant.id });
  });

  it("is refused before a letter is sent", async () => {
    await expect(acceptGrant(null, { token: link(1), acceptedName: "Ida Holm" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await getApplicantLetter(null, { token: link(1) })).toBeNull();
  });
});

describe("the letter as a PDF", () => {
  it("prints the letter as sent, with the acceptance, read back as text", async () => {
    const letter = (await getGrantLetterForPdf(await actorFor("sekretariat@example.dk"), "demo-grant-03"))!;
    const pdf = await grantLetterPdf(letter, translatorFor("da"), "da");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Tilsagn om tilskud");
    expect(flat).toContain("NLU-S26-03");
    expect(flat).toContain("op til 12.000 kr.");
    expect(flat).toContain("Accepteret");
    // A ruled-out or foreign reader gets nothing; the token's applicant gets their own.
    expect(await getGrantLetterForPdf(await actorFor("sekretariat@example.dk"), "demo-grant-01")).toBeNull();
  });
});

describe("a grant without a working link", () => {
  it("mints a new link, masked in the outbox, only for an application whose link no longer works", async () => {
    const secretariat = await actorFor("sekretariat@example.dk");
    // Last in the file: demo-grant-01 is the only decided grant left, and this takes its link away.
    const app = await db().application.findUniqueOrThrow({ where: { id: "demo-grant-01" } });
    await db().application.update({ where: { id: app.id }, data: { accessTokenHash: null, accessExpiresAt: null } });
    await sendGrantLetter(secretariat, await send(app.id, { accountsDueOn: "2027-06-30" }));
    const after = await db().application.findUniqueOrThrow({ where: { id: app.id } });
    expect(after.accessTokenHash).not.toBeNull();
    expect(after.accessExpiresAt!.getTime()).toBeGreaterThan(new Date("2028-06-01").getTime());
    const mail = await db().emailMessage.findFirstOrThrow({ where: { applicationId: app.id, kind: "grant-letter" } });
    expect(mail.body).toContain(`/ansoegning/${maskedToken}`);
    expect(mail.sealedBody).not.toBeNull();
  });
});
