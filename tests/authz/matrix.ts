// The authorization matrix: every route and every server action, with what
// each role (and the anonymous visitor) must get. Later work extends it; an
// integration test fails when a route or action exists that is not listed.
// "ruledOutSecretariat" is an official of Nørrebro whom the committee has
// ruled out of demo-app-010 (forvaltningsloven § 3 binds officials too): the
// same as the secretariat everywhere, except on that case.
import type { Permission, RoleName } from "../../lib/auth/permissions";

export const personas = ["anonymous", "admin", "secretariat", "member", "applicant", "ruledOutSecretariat"] as const;
export type Persona = (typeof personas)[number];

export const personaEmail: Record<Exclude<Persona, "anonymous">, string> = {
  admin: "admin@example.dk",
  secretariat: "sekretariat@example.dk",
  member: "medlem1@example.dk",
  applicant: "ansoeger@example.dk",
  ruledOutSecretariat: "sekretariat2@example.dk",
};

/**
 * 200 ok, 401 no session (APIs), 403 forbidden, 404 not found, "login" a redirect to the login page, "dashboard" a
 * redirect there.
 */
export type Outcome = 200 | 401 | 403 | 404 | 405 | "login" | "dashboard";

type BasePersona = Exclude<Persona, "ruledOutSecretariat">;
export type RouteCase = {
  route: string;
  path: string;
  expect: Record<BasePersona, Outcome> & { ruledOutSecretariat?: Outcome };
};

/** What a persona must get: the ruled-out official gets what the secretariat gets unless the case says otherwise. */
export const expected = (c: RouteCase, persona: Persona): Outcome =>
  persona === "ruledOutSecretariat" ? (c.expect.ruledOutSecretariat ?? c.expect.secretariat) : c.expect[persona];

const everyone = (o: Outcome): Record<BasePersona, Outcome> => ({
  anonymous: o,
  admin: o,
  secretariat: o,
  member: o,
  applicant: o,
});
const staff = { anonymous: "login", admin: 200, secretariat: 200, member: 200, applicant: 403 } as const;
const manager = { anonymous: "login", admin: 200, secretariat: 200, member: 403, applicant: 403 } as const;
const adminOnly = { anonymous: "login", admin: 200, secretariat: 403, member: 403, applicant: 403 } as const;

export const routeMatrix: RouteCase[] = [
  { route: "/", path: "/", expect: everyone(200) },
  { route: "/tilgaengelighed", path: "/tilgaengelighed", expect: everyone(200) },
  { route: "/privatliv", path: "/privatliv", expect: everyone(200) },
  { route: "/opslag/[slug]", path: "/opslag/smaa-ansoegninger-hurtigt-spor", expect: everyone(200) },
  { route: "/opslag/[slug]", path: "/opslag/findes-ikke", expect: everyone(404) },
  { route: "/ansoegning/[token]", path: "/ansoegning/gaettet-token-der-ikke-findes-123", expect: everyone(404) },
  { route: "/opslag", path: "/opslag", expect: everyone(200) },
  // Helper "live" (issue 13): meeting mode is the secretariat's; a member gets 403 before any meeting is read. The
  // demo meetings have no fixed ids yet: the lead adds a demo meeting's path (200 for admin/secretariat) at merge.
  {
    route: "/meetings/[id]/live",
    path: "/meetings/findes-ikke/live",
    expect: { anonymous: "login", admin: 404, secretariat: 404, member: 403, applicant: 403 },
  },
  { route: "/meetings/[id]/live", path: "/meetings/demo-meeting-2027-01/live", expect: manager },
  { route: "/initiativer", path: "/initiativer", expect: everyone(200) },
  {
    route: "/initiativer",
    path: "/initiativer?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&udvalg=%22%27&aar=abc&status=x",
    expect: everyone(200),
  },
  { route: "/initiativer/[id]", path: "/initiativer/demo-app-2025-001", expect: everyone(200) },
  // Granted but not published, and refused: not public.
  { route: "/initiativer/[id]", path: "/initiativer/demo-app-2025-006", expect: everyone(404) },
  { route: "/initiativer/[id]", path: "/initiativer/demo-app-2025-005", expect: everyone(404) },
  { route: "/udvalg/[slug]", path: "/udvalg/noerrebro", expect: everyone(200) },
  { route: "/udvalg/[slug]", path: "/udvalg/findes-ikke", expect: everyone(404) },
  { route: "/portraetter", path: "/portraetter", expect: everyone(200) },
  { route: "/portraetter/[slug]", path: "/portraetter/repair-cafe-hver-maaned", expect: everyone(200) },
  { route: "/portraetter/[slug]", path: "/portraetter/findes-ikke", expect: everyone(404) },
  { route: "/portraetter/feed.xml", path: "/portraetter/feed.xml", expect: everyone(200) },
  { route: "/api/public/grants.json", path: "/api/public/grants.json", expect: everyone(200) },
  { route: "/api/public/grants.csv", path: "/api/public/grants.csv", expect: everyone(200) },
  // A visit photo not chosen for a published portrait is not public.
  { route: "/api/public/photos/[id]", path: "/api/public/photos/demo-photo-lektiecafe", expect: everyone(404) },
  { route: "/sitemap.xml", path: "/sitemap.xml", expect: everyone(200) },
  { route: "/robots.txt", path: "/robots.txt", expect: everyone(200) },
  {
    route: "/login",
    path: "/login",
    expect: {
      anonymous: 200,
      admin: "dashboard",
      secretariat: "dashboard",
      member: "dashboard",
      applicant: "dashboard",
    },
  },
  { route: "/login/unlock", path: "/login/unlock", expect: everyone(200) },
  // Public by design: a mailed link or the login's second step; an unknown token gets a clear message, not a form.
  { route: "/login/forgot", path: "/login/forgot", expect: everyone(200) },
  { route: "/login/reset/[token]", path: "/login/reset/gaettet-token-der-ikke-findes", expect: everyone(200) },
  { route: "/login/code", path: "/login/code", expect: everyone(200) },
  { route: "/invitation/[token]", path: "/invitation/gaettet-token-der-ikke-findes", expect: everyone(200) },
  // Any signed-in person's own second factor.
  {
    route: "/account/security",
    path: "/account/security",
    expect: { anonymous: "login", admin: 200, secretariat: 200, member: 200, applicant: 200 },
  },
  {
    route: "/logout",
    path: "/logout",
    expect: { anonymous: "login", admin: 200, secretariat: 200, member: 200, applicant: 200 },
  },
  {
    route: "/dashboard",
    path: "/dashboard",
    expect: { anonymous: "login", admin: 200, secretariat: 200, member: 200, applicant: 200 },
  },
  { route: "/projects", path: "/projects", expect: staff },
  { route: "/projects/[id]", path: "/projects/demo-project-boligsocial", expect: staff },
  // Members on the project may edit it (medlem1 is responsible for the conference); the history is for every reader.
  { route: "/projects/[id]/edit", path: "/projects/demo-project-boligsocial/edit", expect: staff },
  { route: "/projects/[id]/edit", path: "/projects/demo-project-moerkhoej/edit", expect: { ...staff, member: 404 } },
  { route: "/projects/[id]/history", path: "/projects/demo-project-boligsocial/history", expect: staff },
  {
    route: "/projects/new",
    path: "/projects/new",
    expect: { anonymous: "login", admin: 200, secretariat: 200, member: 403, applicant: 403 },
  },
  {
    route: "/projects/import",
    path: "/projects/import",
    expect: { anonymous: "login", admin: 200, secretariat: 200, member: 403, applicant: 403 },
  },
  // A member of Nørrebro does not see the Mørkhøj steering group's projects.
  { route: "/projects/[id]", path: "/projects/demo-project-moerkhoej", expect: { ...staff, member: 404 } },
  {
    route: "/projects/[id]",
    path: "/projects/no-such-project",
    expect: { ...staff, admin: 404, secretariat: 404, member: 404 },
  },
  { route: "/calls", path: "/calls", expect: staff },
  { route: "/calls/[id]", path: "/calls/demo-call-social", expect: staff },
  // Members see the ranking of a blind call only after submitting all their sheets; medlem1 has.
  { route: "/calls/[id]/ranking", path: "/calls/demo-call-social/ranking", expect: staff },
  {
    route: "/calls/[id]/score",
    path: "/calls/demo-call-social/score",
    expect: { anonymous: "login", admin: 403, secretariat: 403, member: 200, applicant: 403 },
  },
  {
    route: "/calls/[id]/score/[applicationId]",
    path: "/calls/demo-call-social/score/demo-app-001",
    expect: { anonymous: "login", admin: 403, secretariat: 403, member: 200, applicant: 403 },
  },
  {
    route: "/calls/[id]/applications/[applicationId]",
    path: "/calls/demo-call-social/applications/demo-app-001",
    expect: { anonymous: "login", admin: 200, secretariat: 200, member: 403, applicant: 403 },
  },
  // The official ruled out of demo-app-010 loses its case file; a colleague keeps it.
  {
    route: "/calls/[id]/applications/[applicationId]",
    path: "/calls/demo-call-social/applications/demo-app-010",
    expect: { anonymous: "login", admin: 200, secretariat: 200, member: 403, applicant: 403, ruledOutSecretariat: 404 },
  },
  {
    route: "/calls/[id]/conflicts",
    path: "/calls/demo-call-social/conflicts",
    expect: { anonymous: "login", admin: 200, secretariat: 200, member: 403, applicant: 403 },
  },
  { route: "/calls/new", path: "/calls/new", expect: manager },
  { route: "/calls/[id]/edit", path: "/calls/demo-call-social/edit", expect: manager },
  { route: "/calls/[id]/edit", path: "/calls/no-such-call/edit", expect: { ...manager, admin: 404, secretariat: 404 } },
  { route: "/calls/[id]/assignments", path: "/calls/demo-call-social/assignments", expect: manager },
  { route: "/rubrics", path: "/rubrics", expect: manager },
  { route: "/rubrics/new", path: "/rubrics/new", expect: manager },
  { route: "/rubrics/[id]", path: "/rubrics/demo-rubric-social", expect: manager },
  { route: "/templates", path: "/templates", expect: manager },
  { route: "/templates/new", path: "/templates/new", expect: manager },
  { route: "/templates/import", path: "/templates/import", expect: manager },
  { route: "/templates/[id]", path: "/templates/demo-template-noerrebro-2024", expect: manager },
  {
    route: "/templates/[id]",
    path: "/templates/no-such-template",
    expect: { ...manager, admin: 404, secretariat: 404 },
  },
  // Helper "reporting" (issue 14): the applicant's own page (their application only: another's is not found), the
  // files of a grant's accounts through the private link or the own page, and the spot checks of a pool's year.
  {
    route: "/mine/[id]",
    path: "/mine/demo-grant-08",
    expect: { anonymous: "login", admin: 404, secretariat: 404, member: 404, applicant: 200 },
  },
  {
    route: "/mine/[id]",
    path: "/mine/demo-grant-07",
    expect: { anonymous: "login", admin: 404, secretariat: 404, member: 404, applicant: 404 },
  },
  {
    route: "/mine/[id]/regnskab/[fileId]",
    path: "/mine/demo-grant-08/regnskab/no-such-file",
    expect: { anonymous: 401, admin: 404, secretariat: 404, member: 404, applicant: 404 },
  },
  {
    route: "/ansoegning/[token]/regnskab/[fileId]",
    path: "/ansoegning/demo-grant-08-link-0000000000/regnskab/no-such-file",
    expect: everyone(404),
  },
  { route: "/pools/[id]/[year]/stikproever", path: "/pools/demo-pool-noerrebro/2026/stikproever", expect: manager },
  {
    route: "/pools/[id]/[year]/stikproever",
    path: "/pools/no-such-pool/2026/stikproever",
    expect: { ...manager, admin: 404, secretariat: 404 },
  },
  // Files of applications and visits: staff who may read the application, conflict rule in the query.
  {
    route: "/api/attachments/[id]",
    path: "/api/attachments/no-such-file",
    expect: { anonymous: 401, admin: 404, secretariat: 404, member: 404, applicant: 403 },
  },
  {
    route: "/api/calls/[id]/conflicts.csv",
    path: "/api/calls/demo-call-social/conflicts.csv",
    expect: { anonymous: 401, admin: 200, secretariat: 200, member: 403, applicant: 403 },
  },
  {
    route: "/api/projects/[id]",
    path: "/api/projects/demo-project-boligsocial",
    expect: { anonymous: 401, admin: 200, secretariat: 200, member: 200, applicant: 403 },
  },
  // A Nørrebro member does not see the Mørkhøj steering group's project.
  {
    route: "/api/projects/[id]",
    path: "/api/projects/demo-project-moerkhoej",
    expect: { anonymous: 401, admin: 200, secretariat: 200, member: 404, applicant: 403 },
  },
  {
    route: "/api/projects/[id]/pdf",
    path: "/api/projects/demo-project-boligsocial/pdf",
    expect: { anonymous: 401, admin: 200, secretariat: 200, member: 200, applicant: 403 },
  },
  // POST only: a GET is 405 for everyone (the import itself is tested over HTTP in the e2e suite).
  { route: "/api/projects/import", path: "/api/projects/import", expect: everyone(405) },
  {
    route: "/api/calls",
    path: "/api/calls",
    expect: { anonymous: 401, admin: 200, secretariat: 200, member: 403, applicant: 403 },
  },
  {
    route: "/api/calls/[id]/scores.csv",
    path: "/api/calls/demo-call-social/scores.csv",
    expect: { anonymous: 401, admin: 200, secretariat: 200, member: 403, applicant: 403 },
  },
  {
    route: "/api/calls/[id]/ranking.csv",
    path: "/api/calls/demo-call-social/ranking.csv",
    expect: { anonymous: 401, admin: 200, secretariat: 200, member: 403, applicant: 403 },
  },
  {
    route: "/api/calls/[id]/ranking.csv",
    path: "/api/calls/no-such-call/ranking.csv",
    expect: { anonymous: 401, admin: 404, secretariat: 404, member: 403, applicant: 403 },
  },
  { route: "/admin/users", path: "/admin/users", expect: adminOnly },
  { route: "/admin/users/[id]", path: "/admin/users/demo-user-medlem1", expect: adminOnly },
  { route: "/admin/users/[id]", path: "/admin/users/no-such-user", expect: { ...adminOnly, admin: 404 } },
  {
    route: "/admin/outbox",
    path: "/admin/outbox",
    expect: { anonymous: "login", admin: 200, secretariat: 200, member: 403, applicant: 403 },
  },
  { route: "/admin/audit", path: "/admin/audit", expect: adminOnly },
  // Helper "jobs" (issue 14): the job runner's schedules and runs, for jobs:read (admin, secretariat).
  { route: "/admin/jobs", path: "/admin/jobs", expect: manager },
  // The demo admin also administers the installation; no committee role gives it.
  { route: "/admin/installation", path: "/admin/installation", expect: adminOnly },
  // Personal data (issue 16): installation admins only; the download is a POST (a GET is 405 for everyone).
  { route: "/admin/privacy", path: "/admin/privacy", expect: adminOnly },
  { route: "/api/privacy/export", path: "/api/privacy/export", expect: everyone(405) },
  // The set-up link's page answers 200 with "the link cannot be used" for a wrong token.
  { route: "/setup/[token]", path: "/setup/gaettet-token-der-ikke-findes", expect: everyone(200) },
  { route: "/api/health", path: "/api/health", expect: everyone(200) },
  // A bearer token, not a session (tests/integration/ops-server.test.ts): the e2e app configures no METRICS_TOKEN,
  // so the route does not exist for anyone, logged in or not.
  { route: "/api/metrics", path: "/api/metrics", expect: everyone(404) },
  { route: "/api/auth/[...nextauth]", path: "/api/auth/session", expect: everyone(200) },
  // The public header's login state (issue 16): anyone asks; the answer is null without a session.
  { route: "/api/me", path: "/api/me", expect: everyone(200) },
  // Committees (issue 12): settings for committee:manage (and installation admins), plans and pools for managers.
  { route: "/admin/committees", path: "/admin/committees", expect: manager },
  // Only an installation admin creates a committee (the demo admin is one).
  { route: "/admin/committees/new", path: "/admin/committees/new", expect: adminOnly },
  { route: "/admin/committees/[id]", path: "/admin/committees/demo-committee-noerrebro", expect: manager },
  {
    route: "/admin/committees/[id]",
    path: "/admin/committees/no-such-committee",
    expect: { ...manager, admin: 404, secretariat: 404 },
  },
  { route: "/admin/committees/[id]/plans", path: "/admin/committees/demo-committee-noerrebro/plans", expect: manager },
  {
    route: "/admin/committees/[id]/plans/[planId]",
    path: "/admin/committees/demo-committee-noerrebro/plans/demo-plan-noerrebro",
    expect: manager,
  },
  // Another committee's plan under this committee's address is not found.
  {
    route: "/admin/committees/[id]/plans/[planId]",
    path: "/admin/committees/demo-committee-noerrebro/plans/demo-plan-moerkhoej",
    expect: { ...manager, admin: 404, secretariat: 404 },
  },
  { route: "/admin/committees/[id]/pools", path: "/admin/committees/demo-committee-noerrebro/pools", expect: manager },
  {
    route: "/admin/committees/[id]/pools/[poolId]",
    path: "/admin/committees/demo-committee-noerrebro/pools/demo-pool-noerrebro",
    expect: manager,
  },
  {
    route: "/admin/committees/[id]/pools/[poolId]",
    path: "/admin/committees/demo-committee-noerrebro/pools/demo-pool-moerkhoej",
    expect: { ...manager, admin: 404, secretariat: 404 },
  },
  // Working groups are committee:manage (ADMIN): the secretariat, who manages plans and pools, finds none.
  {
    route: "/admin/committees/[id]/groups",
    path: "/admin/committees/demo-committee-noerrebro/groups",
    expect: { ...manager, secretariat: 404 },
  },
  // Helper "projects" (issue 14): a project's receipts (no demo expense has one: a guessed id is not found for
  // every reader, and a Nørrebro member does not reach the Mørkhøj project's), and the committee's capacity: read
  // by staff with project:read in that committee, edited by its admin.
  {
    route: "/api/projects/[id]/receipts/[receiptId]",
    path: "/api/projects/demo-project-moerkhoej/receipts/no-such-receipt",
    expect: { anonymous: 401, admin: 404, secretariat: 404, member: 404, applicant: 403 },
  },
  {
    route: "/admin/committees/[id]/capacity",
    path: "/admin/committees/demo-committee-noerrebro/capacity",
    expect: staff,
  },
  {
    route: "/admin/committees/[id]/capacity",
    path: "/admin/committees/demo-committee-moerkhoej/capacity",
    expect: { ...staff, member: 403 },
  },
  // Helper "minutes" (issue 13): the minutes of a meeting, staff and public, and their PDFs.
  { route: "/meetings/[id]/referat", path: "/meetings/demo-meeting-2025-04/referat", expect: staff },
  { route: "/meetings/[id]/referat", path: "/meetings/demo-meeting-2026-03/referat", expect: staff },
  {
    route: "/meetings/[id]/referat",
    path: "/meetings/no-such-meeting/referat",
    expect: { ...staff, admin: 404, secretariat: 404, member: 404 },
  },
  {
    route: "/meetings/[id]/referat.pdf",
    path: "/meetings/demo-meeting-2025-04/referat.pdf",
    expect: { anonymous: 401, admin: 200, secretariat: 200, member: 200, applicant: 403 },
  },
  { route: "/udvalg/[slug]/moeder/[id]", path: "/udvalg/noerrebro/moeder/demo-meeting-2025-04", expect: everyone(200) },
  // Held but not published, another committee's address, a planned meeting: not public.
  { route: "/udvalg/[slug]/moeder/[id]", path: "/udvalg/noerrebro/moeder/demo-meeting-2026-03", expect: everyone(404) },
  { route: "/udvalg/[slug]/moeder/[id]", path: "/udvalg/moerkhoej/moeder/demo-meeting-2025-04", expect: everyone(404) },
  { route: "/udvalg/[slug]/moeder/[id]", path: "/udvalg/noerrebro/moeder/demo-meeting-2027-01", expect: everyone(404) },
  {
    route: "/udvalg/[slug]/moeder/[id]/referat.pdf",
    path: "/udvalg/noerrebro/moeder/demo-meeting-2025-04/referat.pdf",
    expect: everyone(200),
  },
  {
    route: "/udvalg/[slug]/moeder/[id]/referat.pdf",
    path: "/udvalg/noerrebro/moeder/demo-meeting-2026-03/referat.pdf",
    expect: everyone(404),
  },
  // No demo committee has a logo; never an SVG or a private file.
  {
    route: "/api/public/committees/[slug]/logo",
    path: "/api/public/committees/noerrebro/logo",
    expect: everyone(404),
  },
  // Meetings and their agenda (issue 13): members and observers read their committee's meetings, the secretariat
  // writes; an unknown id is not found.
  { route: "/meetings", path: "/meetings", expect: staff },
  { route: "/meetings/new", path: "/meetings/new", expect: manager },
  { route: "/meetings/[id]", path: "/meetings/demo-meeting-2027-01", expect: staff },
  { route: "/meetings/[id]", path: "/meetings/demo-meeting-2025-04", expect: staff },
  {
    route: "/meetings/[id]/dagsorden.pdf",
    path: "/meetings/demo-meeting-2027-01/dagsorden.pdf",
    expect: { anonymous: 401, admin: 200, secretariat: 200, member: 200, applicant: 403 },
  },
  {
    route: "/meetings/[id]",
    path: "/meetings/no-such-meeting",
    expect: { ...staff, admin: 404, secretariat: 404, member: 404 },
  },
  {
    route: "/meetings/[id]/dagsorden.pdf",
    path: "/meetings/no-such-meeting/dagsorden.pdf",
    expect: { anonymous: 401, admin: 404, secretariat: 404, member: 404, applicant: 403 },
  },
  // Helper "ledger" (issue 14): the pool ledger is read by every staff role of the pool's committee; another
  // committee's pool (a Nørrebro member and Mørkhøj's) and a year the pool does not have are not found.
  { route: "/pools", path: "/pools", expect: staff },
  { route: "/pools/[id]/[year]", path: "/pools/demo-pool-noerrebro/2026", expect: staff },
  { route: "/pools/[id]/[year]", path: "/pools/demo-pool-moerkhoej/2022", expect: { ...staff, member: 404 } },
  {
    route: "/pools/[id]/[year]",
    path: "/pools/demo-pool-noerrebro/1999",
    expect: { ...staff, admin: 404, secretariat: 404, member: 404 },
  },
  {
    route: "/api/pools/[poolId]/[year]/ledger.csv",
    path: "/api/pools/demo-pool-noerrebro/2026/ledger.csv",
    expect: { anonymous: 401, admin: 200, secretariat: 200, member: 200, applicant: 403 },
  },
  {
    route: "/api/pools/[poolId]/[year]/ledger.csv",
    path: "/api/pools/demo-pool-moerkhoej/2022/ledger.csv",
    expect: { anonymous: 401, admin: 200, secretariat: 200, member: 404, applicant: 403 },
  },
  // Helper "letters" (issue 14): the grant letter as a PDF, for the application's readers (conflict rules as the
  // case file) and for the applicant by the private link. demo-grant-03's letter is sent; demo-grant-01 has none.
  {
    route: "/api/grants/[applicationId]/letter.pdf",
    path: "/api/grants/demo-grant-03/letter.pdf",
    expect: { anonymous: 401, admin: 200, secretariat: 200, member: 200, applicant: 403 },
  },
  {
    route: "/api/grants/[applicationId]/letter.pdf",
    path: "/api/grants/demo-grant-01/letter.pdf",
    expect: { anonymous: 401, admin: 404, secretariat: 404, member: 404, applicant: 403 },
  },
  {
    route: "/ansoegning/[token]/tilsagn.pdf",
    path: "/ansoegning/demo-grant-03-link-0000000000/tilsagn.pdf",
    expect: everyone(200),
  },
  {
    route: "/ansoegning/[token]/tilsagn.pdf",
    path: "/ansoegning/gaettet-token-der-ikke-findes-123/tilsagn.pdf",
    expect: everyone(404),
  },
  // The case file of a granted application, with its money section (the secretariat's; members are refused).
  {
    route: "/calls/[id]/applications/[applicationId]",
    path: "/calls/demo-call-smaa-2026/applications/demo-grant-09",
    expect: manager,
  },
];

/**
 * Server actions. "public" actions only touch the caller's own session or
 * cookies; every other action names the permission its mutation asserts
 * first and the roles allowed it (tests/integration/authz-coverage.test.ts
 * holds them to the permission table); tests/integration prove the deny for
 * each role without it.
 */
export type ActionCase = {
  file: string;
  name: string;
  access: "public" | { permission: Permission; allowed: readonly RolePersona[] };
};

/** The personas that stand for one role each; an action's `allowed` lists those whose role holds its permission. */
export type RolePersona = Exclude<BasePersona, "anonymous">;
export const personaRole: Record<RolePersona, RoleName> = {
  admin: "ADMIN",
  secretariat: "SECRETARIAT",
  member: "MEMBER",
  applicant: "APPLICANT",
};
const adminOnlyAction = ["admin"] as const;
const managers = ["admin", "secretariat"] as const;
const withMembers = ["admin", "secretariat", "member"] as const;
const membersOnly = ["member"] as const;
const guard = (permission: Permission, allowed: readonly RolePersona[]) => ({ permission, allowed });

export const actionMatrix: ActionCase[] = [
  { file: "lib/auth/actions.ts", name: "login", access: "public" },
  { file: "lib/auth/actions.ts", name: "loginWithOidc", access: "public" },
  { file: "lib/auth/actions.ts", name: "logout", access: "public" },
  { file: "lib/auth/actions.ts", name: "unlockAccount", access: "public" },
  { file: "lib/auth/actions.ts", name: "unlockUserAction", access: guard("user:manage", adminOnlyAction) },
  // The login's second step: the challenge cookie (a right password, 5 minutes, 5 tries) is the authority.
  { file: "lib/auth/actions.ts", name: "loginWithCode", access: "public" },
  { file: "lib/users/actions.ts", name: "inviteUserAction", access: guard("user:manage", adminOnlyAction) },
  { file: "lib/users/actions.ts", name: "resendInvitationAction", access: guard("user:manage", adminOnlyAction) },
  // Public: the invitation's token is the authority.
  { file: "lib/users/actions.ts", name: "acceptInvitationAction", access: "public" },
  { file: "lib/users/actions.ts", name: "addMembershipAction", access: guard("user:manage", adminOnlyAction) },
  { file: "lib/users/actions.ts", name: "changeRoleAction", access: guard("user:manage", adminOnlyAction) },
  { file: "lib/users/actions.ts", name: "endMembershipAction", access: guard("user:manage", adminOnlyAction) },
  { file: "lib/users/actions.ts", name: "deactivateUserAction", access: guard("user:manage", adminOnlyAction) },
  { file: "lib/users/actions.ts", name: "reactivateUserAction", access: guard("user:manage", adminOnlyAction) },
  { file: "lib/users/actions.ts", name: "endUserSessionAction", access: guard("user:manage", adminOnlyAction) },
  // No role grants it: only an installation admin (actor.installationAdmin).
  { file: "lib/users/actions.ts", name: "setInstallationAdminAction", access: guard("installation:manage", []) },
  { file: "lib/users/actions.ts", name: "resetSecondFactorAction", access: guard("user:manage", adminOnlyAction) },
  // The signed-in person's own second factor: a session, not a permission (a staff member the installation
  // requires to enrol has none until enrolled); the mutations refuse without an actor and touch only the actor.
  { file: "lib/account/actions.ts", name: "beginTotpAction", access: "public" },
  { file: "lib/account/actions.ts", name: "confirmTotpAction", access: "public" },
  { file: "lib/account/actions.ts", name: "disableTotpAction", access: "public" },
  { file: "lib/account/actions.ts", name: "regenerateRecoveryCodesAction", access: "public" },
  // Public: the same answer for every address, limited per address and per e-mail.
  { file: "lib/account/actions.ts", name: "forgotPasswordAction", access: "public" },
  // Public: the mailed token (and a code, for a user with a second factor) is the authority.
  { file: "lib/account/actions.ts", name: "resetPasswordAction", access: "public" },
  { file: "lib/i18n/actions.ts", name: "setLocale", access: "public" },
  // Held by installation admins (a flag on the user), never by a committee role: no role persona is allowed it.
  { file: "lib/installation/actions.ts", name: "saveInstallationAction", access: guard("installation:manage", []) },
  { file: "lib/installation/actions.ts", name: "completeSetupAction", access: "public" },
  { file: "lib/privacy/actions.ts", name: "lookUpPersonAction", access: guard("installation:manage", []) },
  // Public by design: applying needs no account. The mutation re-validates,
  // enforces the deadline, limits per address and ignores repeats.
  { file: "lib/applications/actions.ts", name: "submitApplicationAction", access: "public" },
  { file: "lib/applications/actions.ts", name: "saveDraftAction", access: "public" },
  // Public, with the private link as the authority: the mutation reaches only the application its token opens.
  { file: "lib/applications/actions.ts", name: "replyAsApplicantAction", access: "public" },
  { file: "lib/applications/actions.ts", name: "withdrawApplicationAction", access: "public" },
  { file: "lib/committees/actions.ts", name: "createCommitteeAction", access: guard("installation:manage", []) },
  {
    file: "lib/committees/actions.ts",
    name: "updateCommitteeAction",
    access: guard("committee:manage", adminOnlyAction),
  },
  {
    file: "lib/committees/actions.ts",
    name: "setCommitteeArchivedAction",
    access: guard("committee:manage", adminOnlyAction),
  },
  {
    file: "lib/committees/actions.ts",
    name: "setCommitteeLogoAction",
    access: guard("committee:manage", adminOnlyAction),
  },
  { file: "lib/plans/actions.ts", name: "savePlanAction", access: guard("plan:manage", managers) },
  { file: "lib/plans/actions.ts", name: "saveGoalAction", access: guard("plan:manage", managers) },
  { file: "lib/plans/actions.ts", name: "setGoalStateAction", access: guard("plan:manage", managers) },
  { file: "lib/pools/actions.ts", name: "savePoolAction", access: guard("pool:manage", managers) },
  { file: "lib/pools/actions.ts", name: "addPoolYearAction", access: guard("pool:manage", managers) },
  { file: "lib/pools/actions.ts", name: "changePoolBudgetAction", access: guard("pool:manage", managers) },
  { file: "lib/groups/actions.ts", name: "saveGroupAction", access: guard("committee:manage", adminOnlyAction) },
  { file: "lib/groups/actions.ts", name: "archiveGroupAction", access: guard("committee:manage", adminOnlyAction) },
  { file: "lib/groups/actions.ts", name: "addGroupMemberAction", access: guard("committee:manage", adminOnlyAction) },
  {
    file: "lib/groups/actions.ts",
    name: "removeGroupMemberAction",
    access: guard("committee:manage", adminOnlyAction),
  },
  { file: "lib/calls/actions.ts", name: "saveCallAction", access: guard("call:manage", managers) },
  { file: "lib/calls/actions.ts", name: "changeCallStatusAction", access: guard("call:manage", managers) },
  { file: "lib/rubrics/actions.ts", name: "saveRubricAction", access: guard("call:manage", managers) },
  { file: "lib/rubrics/actions.ts", name: "copyRubricAction", access: guard("call:manage", managers) },
  { file: "lib/templates/actions.ts", name: "saveTemplateAction", access: guard("template:manage", managers) },
  { file: "lib/templates/actions.ts", name: "readBlankFormAction", access: guard("template:manage", managers) },
  { file: "lib/templates/actions.ts", name: "copyTemplateAction", access: guard("template:manage", managers) },
  { file: "lib/templates/actions.ts", name: "archiveTemplateAction", access: guard("template:manage", managers) },
  { file: "lib/screening/actions.ts", name: "setEligibilityAction", access: guard("application:screen", managers) },
  { file: "lib/screening/actions.ts", name: "askForInformationAction", access: guard("application:screen", managers) },
  { file: "lib/screening/actions.ts", name: "setShortlistedAction", access: guard("application:screen", managers) },
  { file: "lib/screening/actions.ts", name: "recordVisitAction", access: guard("application:screen", managers) },
  { file: "lib/screening/actions.ts", name: "saveAssignmentsAction", access: guard("application:screen", managers) },
  { file: "lib/screening/actions.ts", name: "recommendAction", access: guard("application:recommend", withMembers) },
  { file: "lib/public/actions.ts", name: "publishInitiativeAction", access: guard("project:publish", managers) },
  { file: "lib/public/actions.ts", name: "unpublishInitiativeAction", access: guard("project:publish", managers) },
  { file: "lib/projects/actions.ts", name: "previewImportAction", access: guard("project:create", managers) },
  { file: "lib/projects/actions.ts", name: "saveImportAction", access: guard("project:create", managers) },
  { file: "lib/projects/actions.ts", name: "createProjectAction", access: guard("project:create", managers) },
  // project:edit, or a member on the project (checked in assertCanEditProject).
  // A member on a project edits it and moves it on: the action lets any reader of projects in, and the
  // mutation decides for the project (project:edit / project:transition, or a seat on the project).
  { file: "lib/projects/actions.ts", name: "saveProjectAction", access: guard("project:read", withMembers) },
  { file: "lib/projects/actions.ts", name: "restoreVersionAction", access: guard("project:read", withMembers) },
  // The editors' moves need project:edit or a place on the project; the committee's decisions and closing need
  // project:transition (lib/projects/workflow.ts, tests/integration/project-workflow.test.ts).
  { file: "lib/projects/actions.ts", name: "changeProjectStatusAction", access: guard("project:read", withMembers) },
  { file: "lib/decisions/actions.ts", name: "recordDecisionAction", access: guard("decision:record", managers) },
  // Helper "live" (issue 13): decisions typed at a meeting, a free item's words, ending the meeting.
  {
    file: "lib/meetings/live-actions.ts",
    name: "recordMeetingDecisionAction",
    access: guard("meeting:manage", managers),
  },
  { file: "lib/meetings/live-actions.ts", name: "recordFreeDecisionAction", access: guard("meeting:manage", managers) },
  { file: "lib/meetings/live-actions.ts", name: "endMeetingAction", access: guard("meeting:manage", managers) },
  { file: "lib/scoring/actions.ts", name: "saveScoresAction", access: guard("application:score", membersOnly) },
  { file: "lib/scoring/actions.ts", name: "declareConflictAction", access: guard("conflict:declare", withMembers) },
  { file: "lib/scoring/actions.ts", name: "ruleConflictAction", access: guard("conflict:rule", managers) },
  { file: "lib/scoring/actions.ts", name: "reopenScoreSheetAction", access: guard("score:reopen", managers) },
  // Helper "projects" (issue 14): a project's expenses spend the pool's money (payment:manage); its hours are for
  // those who may edit the project (project:edit, or a member on it: assertCanEditProject); the capacity is the
  // committee admin's.
  ...["addExpenseAction", "deleteExpenseAction"].map((name) => ({
    file: "lib/project-money/actions.ts",
    name,
    access: guard("payment:manage", managers),
  })),
  ...["addHoursAction", "deleteHoursAction"].map((name) => ({
    file: "lib/project-money/actions.ts",
    name,
    access: guard("project:read", withMembers),
  })),
  {
    file: "lib/project-money/actions.ts",
    name: "saveCapacityAction",
    access: guard("committee:manage", adminOnlyAction),
  },
  // Helper "minutes" (issue 13).
  { file: "lib/minutes/actions.ts", name: "saveMinutesAction", access: guard("meeting:manage", managers) },
  { file: "lib/minutes/actions.ts", name: "approveMinutesAction", access: guard("meeting:manage", managers) },
  { file: "lib/minutes/actions.ts", name: "publishMinutesAction", access: guard("meeting:manage", managers) },
  // Meetings and their agenda (issue 13, helper "agenda"): the secretariat writes, members and observers read.
  ...[
    "saveMeetingAction",
    "deleteMeetingAction",
    "saveAttendanceAction",
    "sendAgendaAction",
    "addCallItemsAction",
    "addProjectItemAction",
    "addFreeItemAction",
    "updateItemAction",
    "removeItemAction",
    "moveItemAction",
  ].map((name) => ({ file: "lib/meetings/actions.ts", name, access: guard("meeting:manage", managers) })),
  // Helper "reporting" (issue 14): reporting back is public (the private link's token or the applicant's own
  // application is the authority, checked by applicantGrant in the mutation); the review and the draw are grant:manage.
  { file: "lib/reporting/actions.ts", name: "submitAccountsAction", access: "public" },
  { file: "lib/reporting/actions.ts", name: "approveAccountsAction", access: guard("grant:manage", managers) },
  { file: "lib/reporting/actions.ts", name: "requestMoreAccountsAction", access: guard("grant:manage", managers) },
  { file: "lib/reporting/actions.ts", name: "drawSpotCheckAction", access: guard("grant:manage", managers) },
  // Helper "letters" (issue 14): the grant letter, the payments (payment:manage, four eyes in the mutation), and the
  // applicant's acceptance, public with the private link's token or the applicant's own application as the authority.
  { file: "lib/grants/actions.ts", name: "sendGrantLetterAction", access: guard("grant:manage", managers) },
  { file: "lib/grants/actions.ts", name: "acceptGrantAction", access: "public" },
  { file: "lib/grants/actions.ts", name: "approvePaymentAction", access: guard("payment:manage", managers) },
  { file: "lib/grants/actions.ts", name: "claimRepaymentAction", access: guard("payment:manage", managers) },
  { file: "lib/grants/actions.ts", name: "closeGrantAction", access: guard("payment:manage", managers) },
  // Helper "jobs" (issue 14): "Kør nu" per reminder job; planned project reports (the secretariat plans, whoever
  // edits the project writes: the mutation checks that on the project).
  { file: "lib/jobs/actions.ts", name: "runReminderNowAction", access: guard("jobs:read", managers) },
  { file: "lib/project-reports/actions.ts", name: "planReportAction", access: guard("project:edit", managers) },
  { file: "lib/project-reports/actions.ts", name: "writeReportAction", access: guard("project:read", withMembers) },
];
