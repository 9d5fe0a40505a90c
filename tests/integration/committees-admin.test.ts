import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { loadActor } from "@/lib/auth/actor";
import { changeCallStatus } from "@/lib/calls/mutations";
import { ForbiddenError } from "@/lib/auth/permissions";
import { ConflictError, UserError, ValidationError } from "@/lib/actions/errors";
import { createCommittee, setCommitteeArchived, setCommitteeLogo, updateCommittee } from "@/lib/committees/mutations";
import { getCommitteeAdminPage, getCurrentCommitteeSlug, listAdminCommittees } from "@/lib/committees/queries";
import { committeeFormSchema, type CommitteeFormInput } from "@/lib/committees/schema";
import { actorFor, createCommittee as makeCommittee, createUser } from "@/tests/factories";

const uid = () => Math.random().toString(36).slice(2, 8);

async function installationAdmin() {
  const { user } = await createUser();
  await db().user.update({ where: { id: user.id }, data: { installationAdmin: true } });
  return actorFor(user.email);
}

const form = (over: Partial<CommitteeFormInput> = {}): CommitteeFormInput =>
  committeeFormSchema.parse({
    name: `Indre By Lokaludvalg ${uid()}`,
    kind: "LOKALUDVALG",
    slug: `indre-by-${uid()}`,
    municipality: "Københavns Kommune",
    district: "Indre By",
    description: "",
    contactName: "",
    contactEmail: "",
    contactPhone: "",
    ...over,
  });

async function editForm(committeeId: string, over: Partial<CommitteeFormInput> = {}) {
  const c = await db().committee.findUniqueOrThrow({ where: { id: committeeId } });
  return form({
    committeeId,
    version: c.version,
    name: c.name,
    kind: c.kind,
    slug: c.slug,
    municipality: c.municipality,
    district: c.district ?? "",
    ...over,
  });
}

const fieldOf = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).fieldErrors;
};

describe("creating and editing a committee", () => {
  it("makes its creator an ADMIN of it, audited in the same transaction; only installation admins create", async () => {
    const admin = await installationAdmin();
    const { id } = await createCommittee(admin, form());
    const membership = await db().membership.findFirst({ where: { committeeId: id, userId: admin.id } });
    expect(membership?.role).toBe("ADMIN");
    expect(await db().auditEntry.count({ where: { entityId: id, action: "committee.create" } })).toBe(1);

    const c = await makeCommittee();
    const { actor: otherAdmin } = await createUser({ roles: [{ committeeId: c.id, role: "ADMIN" }] });
    await expect(createCommittee(otherAdmin, form())).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses an edit made on a stale version (two tabs) with a conflict", async () => {
    const admin = await installationAdmin();
    const { id } = await createCommittee(admin, form());
    const stale = await editForm(id, { name: "Første fane" });
    await updateCommittee(admin, await editForm(id, { name: "Anden fane" }));
    await expect(updateCommittee(admin, stale)).rejects.toBeInstanceOf(ConflictError);
    expect((await db().committee.findUniqueOrThrow({ where: { id } })).name).toBe("Anden fane");
  });

  it("puts a duplicate slug on the slug field: another's current slug, another's old slug, and the race", async () => {
    const admin = await installationAdmin();
    const a = await createCommittee(admin, form());
    const b = await createCommittee(admin, form());
    const aSlug = (await db().committee.findUniqueOrThrow({ where: { id: a.id } })).slug;
    expect(await fieldOf(createCommittee(admin, form({ slug: aSlug })))).toEqual({ slug: "committeesAdmin.slugTaken" });
    expect(await fieldOf(updateCommittee(admin, await editForm(b.id, { slug: aSlug })))).toEqual({
      slug: "committeesAdmin.slugTaken",
    });
    // a renames; its old slug still belongs to it (its old links redirect), so b cannot take it.
    await updateCommittee(admin, await editForm(a.id, { slug: `${aSlug}-ny` }));
    expect(await fieldOf(updateCommittee(admin, await editForm(b.id, { slug: aSlug })))).toEqual({
      slug: "committeesAdmin.slugTaken",
    });

    // Two tabs renaming two committees to one free slug at once: the unique index decides, still on the field.
    const free = `samtidig-${uid()}`;
    const results = await Promise.allSettled([
      updateCommittee(admin, await editForm(a.id, { slug: free })),
      updateCommittee(admin, await editForm(b.id, { slug: free })),
    ]);
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(ValidationError);
  });

  it("leaves a redirect for every old slug (A → B → C reach the committee), and may take back its own", async () => {
    const admin = await installationAdmin();
    const base = `kaeden-${uid()}`;
    const { id } = await createCommittee(admin, form({ slug: `${base}-a` }));
    await updateCommittee(admin, await editForm(id, { slug: `${base}-b` }));
    await updateCommittee(admin, await editForm(id, { slug: `${base}-c` }));
    expect(await getCurrentCommitteeSlug(null, `${base}-a`)).toBe(`${base}-c`);
    expect(await getCurrentCommitteeSlug(null, `${base}-b`)).toBe(`${base}-c`);
    expect(await getCurrentCommitteeSlug(null, `${base}-c`)).toBeNull();

    await updateCommittee(admin, await editForm(id, { slug: `${base}-a` }));
    expect((await db().committee.findUniqueOrThrow({ where: { id } })).slug).toBe(`${base}-a`);
    expect(await getCurrentCommitteeSlug(null, `${base}-a`)).toBeNull();
    expect(await getCurrentCommitteeSlug(null, `${base}-c`)).toBe(`${base}-a`);
  });
});

describe("an installation admin", () => {
  it("looks after any committee's settings without a role in it, but not its people, plans or pools", async () => {
    const creator = await installationAdmin();
    const { id } = await createCommittee(creator, form());
    const other = await installationAdmin();
    expect(other.memberships).toEqual([]);
    await updateCommittee(other, await editForm(id, { contactName: "Kirsten Kontakt" }));
    expect((await db().committee.findUniqueOrThrow({ where: { id } })).contactName).toBe("Kirsten Kontakt");
    expect(can(other, "plan:manage", id) || can(other, "pool:manage", id) || can(other, "user:manage", id)).toBe(false);
  });
});

describe("archiving a committee", () => {
  it("is refused while a call is open for applications, and allowed once it is closed", async () => {
    const admin = await installationAdmin();
    const { id } = await createCommittee(admin, form());
    const call = await db().call.create({
      data: { committeeId: id, slug: `c-${uid()}`, title: "Åbent", amountAvailableOre: 1n, status: "PUBLISHED" },
    });
    const version = async () => (await db().committee.findUniqueOrThrow({ where: { id } })).version;
    const refusal = await setCommitteeArchived(admin, { committeeId: id, version: await version(), to: "archived" })
      .then(() => null)
      .catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(UserError);
    expect((refusal as UserError).messageKey).toBe("committeesAdmin.archiveOpenCall");

    await db().call.update({ where: { id: call.id }, data: { status: "CLOSED" } });
    await setCommitteeArchived(admin, { committeeId: id, version: await version(), to: "archived" });
    expect((await db().committee.findUniqueOrThrow({ where: { id } })).archivedAt).not.toBeNull();
    // Archived first, then the call reopened: refused too (found in review).
    const rubric = await db().rubric.create({ data: { committeeId: id, name: "Skema" } });
    const closed = await db().call.update({
      where: { id: call.id },
      data: { deadline: new Date(Date.now() + 864e5), rubricId: rubric.id },
    });
    const creator = (await loadActor({ id: admin.id }))!;
    await expect(
      changeCallStatus(creator, { callId: call.id, version: closed.version, to: "PUBLISHED" }),
    ).rejects.toMatchObject({ messageKey: "committeesAdmin.archivedNoPublish" });
    // Installation admins still see it (archived), its own admins list it no more.
    expect((await listAdminCommittees(admin)).committees.map((c) => c.id)).toContain(id);
    await setCommitteeArchived(admin, { committeeId: id, version: await version(), to: "active" });
    expect((await db().committee.findUniqueOrThrow({ where: { id } })).archivedAt).toBeNull();
  });
});

describe("a logo", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  it("accepts PNG by its bytes and refuses SVG and files over 1 MB on the field", async () => {
    const admin = await installationAdmin();
    const { id } = await createCommittee(admin, form());
    await setCommitteeLogo(admin, id, { name: "logo.png", size: png.length, bytes: png });
    const c = await db().committee.findUniqueOrThrow({ where: { id }, include: { logo: true } });
    expect(c.logo?.mimeType).toBe("image/png");
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>');
    expect(await fieldOf(setCommitteeLogo(admin, id, { name: "x.svg", size: svg.length, bytes: svg }))).toEqual({
      logo: "committeesAdmin.logoType",
    });
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(png);
    expect(await fieldOf(setCommitteeLogo(admin, id, { name: "big.png", size: big.length, bytes: big }))).toEqual({
      logo: "committeesAdmin.logoTooLarge",
    });
  });
});

describe("an admin of committee A on committee B", () => {
  it("cannot read or change B's settings, archive B or change B's logo", async () => {
    const a = await makeCommittee();
    const b = await makeCommittee();
    const { actor } = await createUser({ roles: [{ committeeId: a.id, role: "ADMIN" }] });
    expect(await getCommitteeAdminPage(actor, b.id)).toBeNull();
    expect((await listAdminCommittees(actor)).committees.map((c) => c.id)).toEqual([a.id]);
    await expect(updateCommittee(actor, await editForm(b.id, { name: "Overtaget" }))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(setCommitteeArchived(actor, { committeeId: b.id, version: 1, to: "archived" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(setCommitteeLogo(actor, b.id, null)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
