import type { Prisma } from "@/lib/generated/prisma/client";

// The audit log: who, when, what. Written inside the same transaction as the
// change it records, so neither exists without the other.
type AuditInput = {
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  committeeId?: string | null;
  changes?: Prisma.InputJsonValue;
};

type AuditWriter = {
  auditEntry: { create: (args: { data: Prisma.AuditEntryUncheckedCreateInput }) => Promise<unknown> };
};

export async function audit(client: AuditWriter, entry: AuditInput): Promise<void> {
  await client.auditEntry.create({ data: { ...entry, committeeId: entry.committeeId ?? null } });
}
