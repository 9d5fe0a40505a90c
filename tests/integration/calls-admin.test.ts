import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { ConflictError, UserError } from "@/lib/actions/errors";
import { changeCallStatus, saveCall } from "@/lib/calls/mutations";
import { callFormSchema, type CallFormInput } from "@/lib/calls/schema";
import { getCallEditPage } from "@/lib/calls/queries";
import { getDraftByToken, getPublicCall } from "@/lib/applications/queries";
import { saveDraft, submitApplication } from "@/lib/applications/mutations";
import { copyRubric, saveRubric } from "@/lib/rubrics/mutations";
import { rubricFormSchema } from "@/lib/rubrics/schema";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor } from "@/tests/factories";

let secretariat: Actor;
const raw = (over: Partial<Record<keyof CallFormInput, string>> = {}) => ({
  committeeId: "demo-committee-noerrebro",
  poolId: "demo-pool-noerrebro",
  rubricId: "demo-rubric-social",
  title: "Pulje til gårdfester 2027",
  slug: "",
  description: "Små tilskud til fester i gårdene.",
  criteriaText: "Åbne for alle beboere.",
  amount: "100.000",
  minGrant: "1.000",
  maxGrant: "10.000",
  opensAt: "",
  deadline: "2027-03-01T12:00",
  decidedBy: "SECRETARIAT",
  fastTrack: "on",
  fastTrackMax: "5.000",
  blindScoring: "on",
  ...over,
});
const form = (over: Partial<Record<keyof CallFormInput, string>> = {}): CallFormInput =>
  callFormSchema.parse(raw(over));

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
  secretariat = await actorFor("sekretariat@example.dk");
}, 60_000);

describe("creating, editing and publishing a call", () => {
  it("creates a draft call with a slug from the title, invisible to the public until published", async () => {
    const { id } = await saveCall(secretariat, form());
    const call = await db().call.findUniqueOrThrow({ where: { id } });
    expect(call).toMatchObject({
      slug: "pulje-til-gaardfester-2027",
      status: "DRAFT",
      amountAvailableOre: 10_000_000n,
      maxGrantOre: 1_000_000n,
      fastTrackMaxOre: 500_000n,
      decidedBy: "SECRETARIAT",
    });
    expect(call.deadline?.toISOString()).toBe("2027-03-01T11:00:00.000Z");
    expect(await getPublicCall(null, call.slug)).toBeNull();

    await changeCallStatus(
      secretariat,
      { callId: id, version: call.version, to: "PUBLISHED" },
      new Date("2026-11-23T12:00:00Z"),
    );
    const published = (await getPublicCall(null, call.slug, new Date("2026-11-23T12:00:00Z")))!;
    expect(published).toMatchObject({ title: "Pulje til gårdfester 2027", open: true });
    const audit = await db().auditEntry.findMany({ where: { entityId: id }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["call.create", "call.status"]);
  });

  it("refuses bad numbers, a taken address and a foreign rubric, field by field", async () => {
    await expect(saveCall(secretariat, form({ minGrant: "20.000" }))).rejects.toMatchObject({
      fieldErrors: { minGrant: "callForm.minAboveMax" },
    });
    await expect(saveCall(secretariat, form({ slug: "smaa-ansoegninger-hurtigt-spor" }))).rejects.toMatchObject({
      fieldErrors: { slug: "callForm.slugTaken" },
    });
    const other = await db().rubric.create({
      data: { committeeId: "demo-committee-moerkhoej", name: "Mørkhøjs skema" },
    });
    await expect(saveCall(secretariat, form({ rubricId: other.id }))).rejects.toMatchObject({
      fieldErrors: { rubricId: "callForm.notInCommittee" },
    });
    expect(
      callFormSchema
        .safeParse(raw({ amount: "mange penge", deadline: "i morgen" }))
        .error?.issues.map((i) => i.message),
    ).toEqual(["callForm.amountRequired", "callForm.dateInvalid"]);
  });

  it("gives the later of two editors a conflict, never a silent overwrite", async () => {
    const { id } = await saveCall(secretariat, form({ title: "Opslag to redaktører" }));
    const seen = (await getCallEditPage(secretariat, id))!;
    const first = { ...form({ ...seen.values, title: "Første redaktørs titel" }), callId: id, version: seen.version };
    const second = { ...form({ ...seen.values, title: "Anden redaktørs titel" }), callId: id, version: seen.version };
    await saveCall(secretariat, first);
    await expect(saveCall(secretariat, second)).rejects.toThrow(ConflictError);
    expect((await db().call.findUniqueOrThrow({ where: { id } })).title).toBe("Første redaktørs titel");
    const entry = await db().auditEntry.findFirstOrThrow({ where: { entityId: id, action: "call.update" } });
    expect(entry.changes).toMatchObject({ title: { from: "Opslag to redaktører", to: "Første redaktørs titel" } });
  });

  it("publishes only with a future deadline; members and applicants cannot manage calls", async () => {
    const { id } = await saveCall(secretariat, form({ title: "Opslag uden frist", deadline: "" }));
    await expect(changeCallStatus(secretariat, { callId: id, version: 1, to: "PUBLISHED" })).rejects.toMatchObject({
      messageKey: "callForm.publishNeedsDeadline",
    });
    await expect(changeCallStatus(secretariat, { callId: id, version: 1, to: "DECIDED" })).rejects.toThrow(UserError);
    await expect(saveCall(await actorFor("medlem1@example.dk"), form())).rejects.toThrow(ForbiddenError);
    await expect(
      changeCallStatus(await actorFor("ansoeger@example.dk"), { callId: id, version: 1, to: "PUBLISHED" }),
    ).rejects.toThrow(ForbiddenError);
  });
});

describe("rubrics", () => {
  const rubric = (over: Record<string, unknown> = {}) =>
    rubricFormSchema.parse({
      committeeId: "demo-committee-noerrebro",
      name: "Skema for gårdfester",
      criteria: [
        {
          title: "Fællesskab",
          weight: "3",
          scaleMin: "1",
          scaleMax: "5",
          steps: "1 = Lidt\n5 = Meget",
          allowNotApplicable: false,
        },
        { title: "Grøn omstilling", weight: "1", scaleMin: "0", scaleMax: "3", steps: "", allowNotApplicable: true },
      ],
      ...over,
    });

  it("saves criteria with weights, scales and labelled steps, and rewrites them while unused", async () => {
    const { id } = await saveRubric(secretariat, rubric());
    let saved = await db().rubric.findUniqueOrThrow({
      where: { id },
      include: { criteria: { orderBy: { position: "asc" }, include: { steps: { orderBy: { value: "asc" } } } } },
    });
    expect(
      saved.criteria.map((c) => [
        c.title,
        c.weight,
        c.scaleMin,
        c.scaleMax,
        c.allowNotApplicable,
        c.steps.map((s) => s.label),
      ]),
    ).toEqual([
      ["Fællesskab", 3, 1, 5, false, ["Lidt", "Meget"]],
      ["Grøn omstilling", 1, 0, 3, true, []],
    ]);
    const keepId = saved.criteria[0]!.id;
    await saveRubric(
      secretariat,
      rubric({
        rubricId: id,
        criteria: [
          {
            id: keepId,
            title: "Fællesskab og tryghed",
            weight: "4",
            scaleMin: "1",
            scaleMax: "5",
            steps: "3 = Nogenlunde",
          },
        ],
      }),
    );
    saved = await db().rubric.findUniqueOrThrow({ where: { id }, include: { criteria: { include: { steps: true } } } });
    expect(saved.criteria.map((c) => [c.id, c.title, c.weight, c.steps.map((s) => s.value)])).toEqual([
      [keepId, "Fællesskab og tryghed", 4, [3]],
    ]);
  });

  it("locks a rubric with scores (the ranking must stay reproducible) and offers a copy", async () => {
    await expect(saveRubric(secretariat, rubric({ rubricId: "demo-rubric-social" }))).rejects.toMatchObject({
      messageKey: "rubric.locked",
    });
    const { id } = await copyRubric(secretariat, "demo-rubric-social", "Socialt skema 2027");
    const [source, copy] = await Promise.all([
      db().rubricCriterion.findMany({
        where: { rubricId: "demo-rubric-social" },
        orderBy: { position: "asc" },
        select: { title: true, weight: true },
      }),
      db().rubricCriterion.findMany({
        where: { rubricId: id },
        orderBy: { position: "asc" },
        select: { title: true, weight: true },
      }),
    ]);
    expect(copy).toEqual(source);
    await expect(saveRubric(await actorFor("medlem1@example.dk"), rubric())).rejects.toThrow(ForbiddenError);
    await expect(
      saveRubric(
        secretariat,
        rubric({
          criteria: [{ title: "X-kriterium", weight: "1", scaleMin: "1", scaleMax: "5", planGoalId: "not-a-goal" }],
        }),
      ),
    ).rejects.toMatchObject({ fieldErrors: { "criteria.0.planGoalId": "rubric.goalNotInCommittee" } });
  });
});

describe("applicant drafts", () => {
  const meta = { address: "198.51.100.7", origin: "http://localhost:3000", now: new Date("2026-11-23T12:00:00Z") };
  it("keeps a half-typed draft, mails the link, continues it and turns it into the submitted application", async () => {
    const call = await db().call.findUniqueOrThrow({ where: { id: "demo-call-hurtigt-spor" } });
    const now = new Date(Math.min(call.deadline!.getTime() - 60_000, Date.now()));
    const draftInput = {
      callId: call.id,
      draftToken: "",
      organisationName: "Gårdlauget",
      organisationKind: "ASSOCIATION" as const,
      cvr: "12",
      contactName: "",
      contactEmail: "kladde@example.dk",
      contactPhone: "",
      title: "Gårdfest",
      description: "Halvt færdig",
      targetGroup: "",
      periodText: "",
      requested: "fem",
      budget: [{ kind: "expense" as const, label: "Musik", amount: "" }],
    };
    const { link, token } = await saveDraft(draftInput, { ...meta, now });
    expect(link).toContain(`/ansoegning/${token}`);
    const mail = await db().emailMessage.findFirstOrThrow({
      where: { toAddress: "kladde@example.dk", kind: "application.draft" },
    });
    expect(mail.body).toContain("/ansoegning/[skjult]");
    expect(mail.body).not.toContain(token);
    // A draft is never in a staff query.
    expect(await db().application.count({ where: { title: "Gårdfest", status: "DRAFT" } })).toBe(1);

    await saveDraft(
      { ...draftInput, draftToken: token, description: "Nu lidt mere færdig", requested: "4.000" },
      { ...meta, now },
    );
    const draft = (await getDraftByToken(null, token, now))!;
    expect(draft.values).toMatchObject({
      organisationName: "Gårdlauget",
      description: "Nu lidt mere færdig",
      requested: "4.000",
      cvr: "",
    });

    const { reference, link: followLink } = await submitApplication(
      {
        ...draft.values,
        callId: call.id,
        submitKey: randomUUID(),
        draftToken: token,
        contactName: "Ida Gård",
        targetGroup: "Beboerne i gården",
        periodText: "Juni 2027",
        description: "En gårdfest for alle beboere i karréen.",
        budget: [{ kind: "expense", label: "Musik", amount: "4.000" }],
      },
      [],
      { ...meta, now },
    );
    expect(followLink).toBe(link);
    const app = await db().application.findFirstOrThrow({
      where: { reference },
      include: { budgetLines: true, statusChanges: { orderBy: { at: "asc" } } },
    });
    expect(app).toMatchObject({ status: "SUBMITTED", title: "Gårdfest", requestedOre: 400_000n });
    expect(app.budgetLines).toHaveLength(1);
    expect(app.statusChanges.map((c) => c.to)).toEqual(["DRAFT", "SUBMITTED"]);
    expect(await db().application.count({ where: { title: "Gårdfest" } })).toBe(1);
    expect(await getDraftByToken(null, token, now)).toBeNull();
    await expect(saveDraft({ ...draftInput, draftToken: token }, { ...meta, now })).rejects.toMatchObject({
      messageKey: "apply.draftNotFound",
    });
  });
});
