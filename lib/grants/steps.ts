// The grant's life as the case file and the applicant's dashboard show it: each step with its date and who.
// Pure: the read gathers the dates from the records that hold them (the letter, the payments, the accounts, the
// status history).

export const stepKeys = [
  "decided",
  "letterSent",
  "accepted",
  "advancePaid",
  "accountsSubmitted",
  "accountsApproved",
  "paid",
  "repayment",
  "closed",
  "lapsed",
] as const;
export type StepKey = (typeof stepKeys)[number];

export type StepFact = { at: Date | null; by: string | null };
export type Step = { key: StepKey; at: Date | null; by: string | null; done: boolean };

/** Steps that show only when they happened: a grant is paid or repaid, not both; most grants never lapse. */
const onlyWhenDone: readonly StepKey[] = ["advancePaid", "repayment", "lapsed"];

/**
 * The steps in order, each done when its record exists. The pending steps still ahead are listed (a grant that
 * lapsed or was closed has none ahead), the ones that did not happen and need not (an advance never paid) are not.
 */
export function grantSteps(facts: Partial<Record<StepKey, StepFact>>, status: string): Step[] {
  const ended = status === "CLOSED" || status === "LAPSED";
  return stepKeys
    .map((key) => ({ key, at: facts[key]?.at ?? null, by: facts[key]?.by ?? null, done: Boolean(facts[key]?.at) }))
    .filter((s) => s.done || (!ended && !onlyWhenDone.includes(s.key) && !(s.key === "paid" && facts.repayment)));
}
