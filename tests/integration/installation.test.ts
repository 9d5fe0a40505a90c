import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/actions/errors";
import { ForbiddenError } from "@/lib/auth/permissions";
import { checkCredentials } from "@/lib/auth/login";
import { hashToken } from "@/lib/auth/tokens";
import { createInstallationAdmin, firstRunLink, hasInstallationAdmin } from "@/lib/installation/first-run";
import { completeSetup, saveInstallation } from "@/lib/installation/mutations";
import { setInstallationAdmin } from "@/lib/users/mutations";
import { getSetupPage } from "@/lib/installation/queries";
import { installationSchema, setupSchema } from "@/lib/installation/schema";
import { mailSender, siteUrl } from "@/lib/installation/site";
import { readInstallation } from "@/lib/installation/settings";
import { actorFor, createCommittee, createUser } from "../factories";

const origin = "https://lokalpulje.example.dk";
const tokenOf = (link: string) => link.split("/setup/")[1]!;
const newLink = () => db().$transaction((tx) => firstRunLink(tx, origin));
const setup = (token: string, over: Partial<Record<string, string>> = {}) =>
  completeSetup(
    setupSchema.parse({
      token,
      installationName: "Lokalpulje – Testby Kommune",
      name: "Første Admin",
      email: "forste.admin@testby.dk",
      password: "en lang nok adgangskode",
      passwordAgain: "en lang nok adgangskode",
      ...over,
    }),
  );

// Logins hash with scrypt: on a busy machine a few of them outlast the default 30 s.
describe("the first run of an installation without demo data", { timeout: 120_000 }, () => {
  it("gives a set-up link while nobody administers it; the link creates the first admin once", async () => {
    // Whatever earlier files left: make it an installation nobody administers yet.
    await db().user.updateMany({ data: { installationAdmin: false } });
    await db().installation.deleteMany();
    expect(await db().$transaction((tx) => hasInstallationAdmin(tx))).toBe(false);

    const link = await newLink();
    expect(link).toMatch(new RegExp(`^${origin}/setup/[A-Za-z0-9_-]{43}$`));
    expect(await getSetupPage(null, tokenOf(link!))).toMatchObject({ state: "live", askInstallationName: true });

    await setup(tokenOf(link!));
    const admin = await db().user.findUniqueOrThrow({ where: { email: "forste.admin@testby.dk" } });
    expect(admin.installationAdmin).toBe(true);
    expect((await readInstallation(db())).name).toBe("Lokalpulje – Testby Kommune");
    expect((await readInstallation(db())).setupCompleted).toBe(true);
    const login = await checkCredentials({
      email: "forste.admin@testby.dk",
      password: "en lang nok adgangskode",
      address: "192.0.2.40",
    });
    expect(login.ok).toBe(true);
    expect(await db().auditEntry.count({ where: { action: "installation.setup", entityId: admin.id } })).toBe(1);

    // Used twice (a double click, a second tab): a clear refusal, nothing changes.
    await expect(setup(tokenOf(link!), { email: "andet@testby.dk" })).rejects.toMatchObject({
      messageKey: "installation.link.used",
    });
    expect(await getSetupPage(null, tokenOf(link!))).toEqual({ state: "used" });
    // Once someone administers the installation, start prints no link.
    expect(await newLink()).toBeNull();
  });

  it("refuses an expired link, an unknown one, and a second open link once an admin exists", async () => {
    await db().user.updateMany({ data: { installationAdmin: false } });
    const [first, second, old] = [await newLink(), await newLink(), await newLink()];
    const oldHash = hashToken(tokenOf(old!));
    await db().userToken.update({ where: { tokenHash: oldHash }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(setup(tokenOf(old!), { email: "sen@testby.dk" })).rejects.toMatchObject({
      messageKey: "installation.link.expired",
    });
    await expect(setup("gaettet-token", { email: "gaet@testby.dk" })).rejects.toMatchObject({
      messageKey: "installation.link.unknown",
    });

    await setup(tokenOf(first!), { email: "a1@testby.dk" });
    await expect(setup(tokenOf(second!), { email: "a2@testby.dk" })).rejects.toMatchObject({
      messageKey: "installation.alreadySetUp",
    });
    expect(await db().user.count({ where: { email: "a2@testby.dk" } })).toBe(0);
  });

  it("never hands an existing account to the holder of an open link", async () => {
    const { user: someone } = await createUser({ password: "hendes-egen-kode-123" });
    await db().user.updateMany({ data: { installationAdmin: false } });
    const link = await newLink();
    const err = await setup(tokenOf(link!), { email: someone.email }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fieldErrors).toEqual({ email: "installation.emailTaken" });
    expect(await getSetupPage(null, tokenOf(link!))).toMatchObject({ state: "live" });
    expect((await db().user.findUniqueOrThrow({ where: { id: someone.id } })).installationAdmin).toBe(false);
  });
});

describe("npm run admin:create", { timeout: 120_000 }, () => {
  it("makes a new person an admin with a link bound to them; one who can log in is promoted, no link", async () => {
    const created = await db().$transaction((tx) =>
      createInstallationAdmin(tx, { email: "Drift@Testby.dk", name: "Drift" }, origin),
    );
    expect(created.created).toBe(true);
    expect(await getSetupPage(null, tokenOf(created.link!))).toMatchObject({
      state: "live",
      person: { email: "drift@testby.dk", name: "Drift" },
    });
    await setup(tokenOf(created.link!), { name: "Drift Ansvarlig", email: "ignored@testby.dk" });
    const user = await db().user.findUniqueOrThrow({ where: { email: "drift@testby.dk" } });
    expect(user).toMatchObject({ name: "Drift Ansvarlig", installationAdmin: true });
    expect(await db().user.count({ where: { email: "ignored@testby.dk" } })).toBe(0);

    const { user: existing } = await createUser({ password: "kan-allerede-logge-ind" });
    const promoted = await db().$transaction((tx) => createInstallationAdmin(tx, { email: existing.email }, origin));
    expect(promoted.link).toBeNull();
    expect((await actorFor(existing.email)).installationAdmin).toBe(true);
  });
});

describe("a set-up link bound to a person (found in review)", { timeout: 120_000 }, () => {
  it("dies when the person loses the flag, and a second admin:create replaces the older link", async () => {
    const first = await db().$transaction((tx) => createInstallationAdmin(tx, { email: "bundet@testby.dk" }, origin));
    const second = await db().$transaction((tx) => createInstallationAdmin(tx, { email: "bundet@testby.dk" }, origin));
    expect(await getSetupPage(null, tokenOf(first.link!))).toEqual({ state: "used" });

    const committee = await createCommittee();
    const { user } = await createUser({ roles: [{ committeeId: committee.id, role: "ADMIN" }] });
    await db().user.update({ where: { id: user.id }, data: { installationAdmin: true } });
    const top = await actorFor(user.email);
    await setInstallationAdmin(top, second.userId, false).catch(async () => {
      // The bound person has no role in the top admin's committee: give them one first.
      await db().membership.create({ data: { userId: second.userId, committeeId: committee.id, role: "MEMBER" } });
      await setInstallationAdmin(top, second.userId, false);
    });
    await expect(setup(tokenOf(second.link!))).rejects.toMatchObject({ messageKey: "installation.link.used" });
    expect((await db().user.findUniqueOrThrow({ where: { id: second.userId } })).installationAdmin).toBe(false);
  });
});

describe("the installation's settings", () => {
  const input = (version: number, over: Record<string, unknown> = {}) =>
    installationSchema.parse({
      version,
      name: "Lokalpulje – Testby",
      publicUrl: "https://lokalpulje.testby.dk/",
      mailFrom: "lokaludvalg@testby.dk",
      retentionMonths: "24",
      requireTotpForStaff: "on",
      ...over,
    });

  it("are saved over the version shown, audited, and used for links and mail", async () => {
    const committee = await createCommittee();
    const { user } = await createUser({ roles: [{ committeeId: committee.id, role: "ADMIN" }] });
    await db().user.update({ where: { id: user.id }, data: { installationAdmin: true } });
    const admin = await actorFor(user.email);
    const { version } = await readInstallation(db());

    await saveInstallation(admin, input(version));
    const saved = await readInstallation(db());
    expect(saved).toMatchObject({
      name: "Lokalpulje – Testby",
      publicUrl: "https://lokalpulje.testby.dk",
      retentionMonths: 24,
      requireTotpForStaff: true,
      version: version + 1,
    });
    expect(await siteUrl(db())).toBe("https://lokalpulje.testby.dk");
    expect(await mailSender(db())).toBe("Lokalpulje – Testby <lokaludvalg@testby.dk>");
    const entry = await db().auditEntry.findFirstOrThrow({
      where: { action: "installation.update", actorId: admin.id },
    });
    expect(entry.changes).toMatchObject({ retentionMonths: { to: 24 } });

    // A second tab that saw the old version gets a conflict, and nothing is overwritten.
    await expect(saveInstallation(admin, input(version, { name: "Gammel fane" }))).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await readInstallation(db())).name).toBe("Lokalpulje – Testby");
  });

  it("are refused to a committee admin who does not administer the installation", async () => {
    const committee = await createCommittee();
    const { actor } = await createUser({ roles: [{ committeeId: committee.id, role: "ADMIN" }] });
    const { version } = await readInstallation(db());
    await expect(saveInstallation(actor, input(version))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("reject an address with a path or another scheme, and a retention outside 6–240 months", () => {
    const errors = (over: Record<string, unknown>) =>
      installationSchema.safeParse({ ...input(1), ...over }).error?.issues.map((i) => i.message) ?? [];
    expect(errors({ publicUrl: "ftp://x.dk" })).toEqual(["installation.publicUrlInvalid"]);
    expect(errors({ publicUrl: "https://x.dk/sti" })).toEqual(["installation.publicUrlInvalid"]);
    expect(errors({ retentionMonths: "3" })).toEqual(["installation.retentionInvalid"]);
    expect(errors({ mailFrom: "ikke en adresse" })).toEqual(["installation.mailFromInvalid"]);
  });
});
