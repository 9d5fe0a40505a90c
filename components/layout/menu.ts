import type { Route } from "next";
import { can, type Actor } from "@/lib/auth/permissions";
import type { MessageKey } from "@/lib/i18n/messages";
import { mayAdministerCommittees } from "@/lib/committees/model";

type NavItem = { href: Route; label: MessageKey; show: (a: Actor) => boolean };

// The menu per role: each item shows only to those who may open it.
const staffNav: NavItem[] = [
  { href: "/dashboard", label: "nav.dashboard", show: (a) => can(a, "dashboard:view") },
  { href: "/projects", label: "nav.projects", show: (a) => can(a, "project:read") },
  { href: "/calls", label: "nav.calls", show: (a) => can(a, "call:read") },
  { href: "/meetings", label: "nav.meetings", show: (a) => can(a, "meeting:read") },
  { href: "/pools", label: "nav.money", show: (a) => can(a, "ledger:read") },
  { href: "/admin/outbox", label: "nav.outbox", show: (a) => can(a, "outbox:read") },
  { href: "/admin/jobs", label: "nav.jobs", show: (a) => can(a, "jobs:read") },
  { href: "/admin/committees", label: "nav.committees", show: mayAdministerCommittees },
  { href: "/admin/users", label: "nav.users", show: (a) => can(a, "user:manage") },
  { href: "/admin/audit", label: "nav.audit", show: (a) => can(a, "audit:read") },
  { href: "/admin/installation", label: "nav.installation", show: (a) => can(a, "installation:manage") },
  { href: "/admin/privacy", label: "nav.personalData", show: (a) => can(a, "installation:manage") },
];

// What a visitor without an account finds: the public site.
export const publicNav: { href: Route; label: MessageKey }[] = [
  { href: "/initiativer", label: "nav.initiatives" },
  { href: "/portraetter", label: "nav.portraits" },
  { href: "/opslag", label: "nav.openCalls" },
];

/** The staff menu items this person may open, in the menu's order. */
export const staffMenu = (actor: Actor) => staffNav.filter((i) => i.show(actor));

/** The public header's login state, as /api/me answers it: texts translated, links the person may follow. */
export type HeaderAccount = { signedInAs: string; links: { href: string; label: string }[] };
