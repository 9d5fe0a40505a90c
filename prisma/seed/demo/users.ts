// The demo accounts (all with the demo password), their memberships and the working groups.
import type { Tx } from "./shared";

export const demoPassword = "lokalpulje-demo";

export const demoUsers = [
  {
    id: "demo-user-admin",
    email: "admin@example.dk",
    name: "Anne Admin",
    roles: { noerrebro: "ADMIN", moerkhoej: "ADMIN" },
    installationAdmin: true,
  },
  {
    id: "demo-user-sekretariat",
    email: "sekretariat@example.dk",
    name: "Søren Sekretariat",
    roles: { noerrebro: "SECRETARIAT", moerkhoej: "SECRETARIAT" },
  },
  // An official the committee has ruled out of one application (demo-app-010): forvaltningsloven § 3 binds staff too.
  {
    id: "demo-user-sekretariat2",
    email: "sekretariat2@example.dk",
    name: "Bo Kristiansen",
    roles: { noerrebro: "SECRETARIAT", moerkhoej: "SECRETARIAT" },
  },
  {
    id: "demo-user-medlem1",
    email: "medlem1@example.dk",
    name: "Trine Otto Hansen",
    roles: { noerrebro: "MEMBER" },
    title: "formand",
  },
  {
    id: "demo-user-medlem2",
    email: "medlem2@example.dk",
    name: "Jesper Langebæk",
    roles: { noerrebro: "MEMBER" },
    title: "næstformand",
  },
  { id: "demo-user-medlem3", email: "medlem3@example.dk", name: "Lene E. Nielsen", roles: { noerrebro: "MEMBER" } },
  { id: "demo-user-medlem4", email: "medlem4@example.dk", name: "Tobias B. Gregory", roles: { noerrebro: "MEMBER" } },
  { id: "demo-user-medlem5", email: "medlem5@example.dk", name: "Line Bach Holm", roles: { noerrebro: "MEMBER" } },
  // Follows Nørrebro's cases and never scores (issue 12).
  {
    id: "demo-user-observatoer",
    email: "observatoer@example.dk",
    name: "Ole Observatør",
    roles: { noerrebro: "OBSERVER" },
  },
  { id: "demo-user-ansoeger", email: "ansoeger@example.dk", name: "Maja Sørensen", roles: { noerrebro: "APPLICANT" } },
] as const;

export const secretariatId = "demo-user-sekretariat";
export const memberIds = [
  "demo-user-medlem1",
  "demo-user-medlem2",
  "demo-user-medlem3",
  "demo-user-medlem4",
  "demo-user-medlem5",
];

type CommitteeIds = { noerrebro: string; moerkhoej: string };

export async function seedPeople(tx: Tx, hashes: Map<string, string>, committeeIds: CommitteeIds) {
  const userIdByEmail = new Map<string, string>();
  for (const u of demoUsers) {
    const installationAdmin = "installationAdmin" in u && u.installationAdmin;
    await tx.user.create({
      data: { id: u.id, email: u.email, name: u.name, passwordHash: hashes.get(u.email), installationAdmin },
    });
    userIdByEmail.set(u.email, u.id);
    for (const [committee, role] of Object.entries(u.roles)) {
      await tx.membership.create({
        data: {
          userId: u.id,
          committeeId: committeeIds[committee as keyof CommitteeIds],
          role: role as "ADMIN" | "SECRETARIAT" | "MEMBER" | "OBSERVER" | "APPLICANT",
          title: "title" in u ? u.title : undefined,
          nominatedBy: role === "MEMBER" ? "Lokal forening" : undefined,
        },
      });
    }
  }

  const wg = await tx.workingGroup.create({
    data: {
      committeeId: committeeIds.noerrebro,
      name: "Integration, beskæftigelse, social og sundhed",
      members: {
        create: [
          { userId: "demo-user-medlem1", isCoordinator: true },
          { userId: "demo-user-medlem3" },
          { userId: "demo-user-medlem5" },
        ],
      },
    },
  });
  await tx.workingGroup.create({
    data: {
      committeeId: committeeIds.noerrebro,
      name: "Kultur, fritid og byrum",
      members: { create: [{ userId: "demo-user-medlem2", isCoordinator: true }, { userId: "demo-user-medlem4" }] },
    },
  });
  return { userIdByEmail, workingGroupId: wg.id };
}
