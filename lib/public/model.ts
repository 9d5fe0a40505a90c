// Pure rules for the public site: what a visitor may filter on, how an
// initiative's status reads, and how money is shared between goals.
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

export const initiativeStatuses = ["running", "completed"] as const;
export type InitiativeStatus = (typeof initiativeStatuses)[number];

const running: readonly ApplicationStatus[] = ["DECIDED", "GRANT_LETTER_SENT", "GRANT_ACCEPTED", "ADVANCE_PAID"];
const completed: readonly ApplicationStatus[] = [
  "ACTIVITY_HELD",
  "ACCOUNTS_RECEIVED",
  "ACCOUNTS_RETURNED",
  "APPROVED",
  "PAID",
  "REPAYMENT",
  "CLOSED",
];

/** A granted application's stage as the public reads it. */
export function initiativeStatus(status: ApplicationStatus): InitiativeStatus {
  return completed.includes(status) ? "completed" : "running";
}

export const statusesFor = (s: InitiativeStatus): readonly ApplicationStatus[] =>
  s === "running" ? running : completed;

export type PublicFilters = {
  q: string;
  committee: string | null;
  goal: string | null;
  year: number | null;
  status: InitiativeStatus | null;
};

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim();

/** Whether a value is filters as parsePublicFilters makes them (a cached read checks what it is given). */
export function isPublicFilters(v: unknown): v is PublicFilters {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const f = v as Record<string, unknown>;
  const orNull = (x: unknown, ok: (x: unknown) => boolean) => x === null || ok(x);
  return (
    typeof f.q === "string" &&
    f.q.length <= 100 &&
    orNull(f.committee, (x) => typeof x === "string" && /^[a-z0-9-]{1,80}$/.test(x)) &&
    orNull(f.goal, (x) => typeof x === "string" && /^[A-Za-z0-9_-]{1,40}$/.test(x)) &&
    orNull(f.year, (x) => Number.isInteger(x) && (x as number) >= 2000 && (x as number) <= 2100) &&
    orNull(f.status, (x) => (initiativeStatuses as readonly unknown[]).includes(x))
  );
}

/** Whatever a visitor types in the address bar becomes a valid filter or no filter: never an error. */
export function parsePublicFilters(params: Record<string, string | string[] | undefined>): PublicFilters {
  const committee = first(params.udvalg);
  const goal = first(params.maal);
  const year = Number(first(params.aar));
  const status = first(params.status);
  return {
    q: first(params.q).slice(0, 100),
    committee: /^[a-z0-9-]{1,80}$/.test(committee) ? committee : null,
    goal: /^[A-Za-z0-9_-]{1,40}$/.test(goal) ? goal : null,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
    status: (initiativeStatuses as readonly string[]).includes(status) ? (status as InitiativeStatus) : null,
  };
}

/**
 * Who runs an initiative, as the public reads it. An organisation shows its
 * own name. A private person is never named by the application: only by the
 * public name the secretariat chose when publishing, else not at all (null:
 * the page says "Privatperson").
 */
export function publicOrganisationName(org: { name: string; kind: string }, publicName: string | null): string | null {
  if (org.kind !== "PRIVATE_PERSON") return org.name;
  return publicName?.trim() || null;
}

/**
 * Money granted per district-plan goal. An initiative serving several goals
 * shares its amount equally between them (whole øre; the remainder to the
 * first goal), so the goals add up to the total granted.
 */
export function splitByGoal(grants: readonly { amountOre: number; goalIds: readonly string[] }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of grants) {
    if (g.goalIds.length === 0) continue;
    const share = Math.floor(g.amountOre / g.goalIds.length);
    const rest = g.amountOre - share * g.goalIds.length;
    g.goalIds.forEach((id, i) => out.set(id, (out.get(id) ?? 0) + share + (i === 0 ? rest : 0)));
  }
  return out;
}

/** Text cut at a word for a teaser, with an ellipsis when cut. */
export function excerpt(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20)).trimEnd()} …`;
}

/** Characters XML forbids or gives meaning to, escaped for the Atom feed. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
