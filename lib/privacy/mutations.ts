import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { collectPersonData } from "./collect";
import { countsOf } from "./model";
import type { PersonLookupInput } from "./schema";

/**
 * Everything stored about one person, as one JSON document, for the person's right of access. The export is
 * audited in the same transaction that read it: who exported whose data (the address), when, and how much.
 */
export async function exportPersonData(actor: Actor | null, input: PersonLookupInput): Promise<string> {
  assertCan(actor, "installation:manage");
  const exportedAt = new Date();
  const data = await db().$transaction(
    async (tx) => {
      const found = await collectPersonData(tx, input.email);
      await audit(tx, {
        actorId: actor.id,
        actorLabel: actor.email,
        action: "privacy.export",
        entityType: "Person",
        entityId: input.email,
        changes: {
          userId: found.user?.id ?? null,
          counts: Object.fromEntries(countsOf(found.records).map((c) => [c.kind, c.count])),
        },
      });
      return found;
    },
    { isolationLevel: "RepeatableRead" },
  );
  const document = { format: "lokalpulje-personal-data/1", exportedAt, ...data };
  // Amounts are øre (BigInt in the database): written as numbers, exact below 2^53.
  return JSON.stringify(document, (_, v: unknown) => (typeof v === "bigint" ? Number(v) : v), 2);
}
