import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { collectPersonData } from "./collect";
import { countsOf } from "./model";
import type { PersonLookupInput } from "./schema";

export type PersonSummary = {
  email: string;
  /** Whether an account has the address. */
  hasAccount: boolean;
  counts: { kind: string; count: number }[];
  total: number;
};

/** What is stored about the person with this address, as counts per kind: the page's answer before a download. */
export async function lookUpPerson(actor: Actor | null, input: PersonLookupInput): Promise<PersonSummary> {
  assertCan(actor, "installation:manage");
  const data = await db().$transaction((tx) => collectPersonData(tx, input.email), {
    isolationLevel: "RepeatableRead",
  });
  const counts = countsOf(data.records);
  const total = counts.reduce((s, c) => s + c.count, 0) + (data.user ? 1 : 0);
  return { email: input.email, hasAccount: data.user !== null, counts, total };
}
