import type { Tx } from "@/lib/db";

// The installation's own settings, as every instance reads them: one row in
// the database (id "installation"), so a change shows on all instances at
// once. Not server-only: `npm start` and `npm run admin:create` read it too.

export const installationId = "installation";

export type InstallationSettings = {
  name: string;
  publicUrl: string | null;
  mailFrom: string | null;
  retentionMonths: number;
  requireTotpForStaff: boolean;
  setupCompleted: boolean;
  version: number;
};

const defaults: InstallationSettings = {
  name: "Lokalpulje",
  publicUrl: null,
  mailFrom: null,
  retentionMonths: 36,
  requireTotpForStaff: false,
  setupCompleted: false,
  version: 0,
};

type Reader = Pick<Tx, "installation">;

/** The settings; before the first run has created the row, the defaults (version 0). */
export async function readInstallation(client: Reader): Promise<InstallationSettings> {
  const row = await client.installation.findUnique({ where: { id: installationId } });
  if (!row) return defaults;
  return {
    name: row.name,
    publicUrl: row.publicUrl,
    mailFrom: row.mailFrom,
    retentionMonths: row.retentionMonths,
    requireTotpForStaff: row.requireTotpForStaff,
    setupCompleted: row.setupCompletedAt !== null,
    version: row.version,
  };
}
