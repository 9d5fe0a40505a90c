import type { Metadata } from "next";
import Link from "next/link";
import { GrantWork } from "@/components/grants/grant-work";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { can, rolesOf } from "@/lib/auth/permissions";
import { getDashboard } from "@/lib/dashboard/queries";
import { formatDate, formatDateTime, formatKr } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("dashboard.title") };
}

export default async function DashboardPage() {
  const actor = await requirePermission("dashboard:view", "/dashboard");
  const [t, locale, { admin, secretariat, member, applicant }] = await Promise.all([
    getTranslations(),
    getLocale(),
    getDashboard(actor),
  ]);
  const kr = (ore: number) => formatKr(ore, locale);
  return (
    <div>
      <h1 className="text-3xl font-bold mb-2">{t("dashboard.greeting", { name: actor.name })}</h1>
      <p className="mb-8 text-muted">
        {t("dashboard.yourRoles")}:{" "}
        {rolesOf(actor)
          .map((r) => t(`roles.${r}`))
          .join(", ")}
      </p>

      {can(actor, "installation:manage") ? (
        <section aria-labelledby="installation-heading" className="mb-10">
          <h2 id="installation-heading" className="text-2xl font-bold mb-2">
            {t("installation.dashboard.title")}
          </h2>
          {actor.memberships.length === 0 ? <p className="mb-2">{t("installation.dashboard.noCommittees")}</p> : null}
          <ul className="list-disc pl-6">
            <li>
              <Link href="/admin/committees">{t("installation.dashboard.committees")}</Link>
            </li>
            <li>
              <Link href="/admin/installation">{t("installation.dashboard.settings")}</Link>
            </li>
          </ul>
        </section>
      ) : null}

      {rolesOf(actor).includes("OBSERVER") && !member && !secretariat ? (
        <section aria-labelledby="observer-heading" className="mb-10">
          <h2 id="observer-heading" className="text-2xl font-bold mb-2">
            {t("roles.OBSERVER")}
          </h2>
          <p className="mb-2">{t("dashboard.observerIntro")}</p>
          <ul className="list-disc pl-6">
            <li>
              <Link href="/calls">{t("dashboard.observerCalls")}</Link>
            </li>
            <li>
              <Link href="/projects">{t("dashboard.observerProjects")}</Link>
            </li>
          </ul>
        </section>
      ) : null}

      {admin ? (
        <section aria-labelledby="admin-heading" className="mb-10">
          <h2 id="admin-heading" className="text-2xl font-bold mb-4">
            {t("roles.ADMIN")}
          </h2>
          <dl className="grid grid-cols-2 md:grid-cols-5 gap-4 mb-6">
            {(
              [
                ["dashboard.committees", admin.committeeCount],
                ["dashboard.users", admin.users],
                ["dashboard.projects", admin.projects],
                ["dashboard.calls", admin.calls],
                ["dashboard.applications", admin.applications],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className="border border-gray-300 rounded p-3">
                <dt className="text-sm text-muted">{t(label)}</dt>
                <dd className="text-2xl font-bold">{value}</dd>
              </div>
            ))}
          </dl>
          <h3 className="text-xl font-semibold mb-2">{t("dashboard.recentAudit")}</h3>
          {admin.audit.length === 0 ? (
            <p>{t("dashboard.noAudit")}</p>
          ) : (
            <ul className="space-y-1">
              {admin.audit.map((a) => (
                <li key={a.id}>
                  {formatDateTime(a.at, locale)} · {a.actorLabel} · {a.action} · {a.entityType}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {secretariat ? (
        <section aria-labelledby="secretariat-heading" className="mb-10">
          <h2 id="secretariat-heading" className="text-2xl font-bold mb-4">
            {t("roles.SECRETARIAT")}
          </h2>
          <p className="mb-4">
            {t("dashboard.toScreen")}: <strong>{secretariat.toScreen}</strong>
          </p>
          <GrantWork actor={actor} />
          <Table
            caption={t("dashboard.activeCalls")}
            head={
              <tr>
                <Th>{t("dashboard.titleColumn")}</Th>
                <Th>{t("dashboard.deadline")}</Th>
                <Th numeric>{t("dashboard.available")}</Th>
                <Th numeric>{t("dashboard.applications")}</Th>
              </tr>
            }
          >
            {secretariat.calls.map((c) => (
              <tr key={c.id}>
                <Td>
                  <Link href={`/calls/${c.id}`} className="underline">
                    {c.title}
                  </Link>
                </Td>
                <Td>{c.deadline ? formatDate(c.deadline, locale) : "–"}</Td>
                <Td numeric>{kr(c.amountOre)}</Td>
                <Td numeric>{c.applications}</Td>
              </tr>
            ))}
          </Table>
          <Table
            caption={t("dashboard.pool")}
            head={
              <tr>
                <Th>{t("dashboard.pool")}</Th>
                <Th>{t("dashboard.fundsYear")}</Th>
                <Th numeric>{t("dashboard.budget")}</Th>
                <Th numeric>{t("dashboard.committed")}</Th>
                <Th numeric>{t("dashboard.paid")}</Th>
              </tr>
            }
          >
            {secretariat.ledger.map((l) => (
              <tr key={l.id}>
                <Td>{l.pool}</Td>
                <Td>{l.year}</Td>
                <Td numeric>{kr(l.budgetOre)}</Td>
                <Td numeric>{kr(l.committedOre)}</Td>
                <Td numeric>{kr(l.paidOre)}</Td>
              </tr>
            ))}
          </Table>
        </section>
      ) : null}

      {member ? (
        <section aria-labelledby="member-heading" className="mb-10">
          <h2 id="member-heading" className="text-2xl font-bold mb-4">
            {t("roles.MEMBER")}
          </h2>
          <h3 className="text-xl font-semibold mb-2">{t("dashboard.yourScoring")}</h3>
          <ul className="mb-6 space-y-1">
            {member.scoring.map((s) => (
              <li key={s.callId}>
                <Link href={`/calls/${s.callId}/score`} className="underline">
                  {s.title}
                </Link>
                : {t("dashboard.scoringProgress", { done: s.done, total: s.total })}
              </li>
            ))}
          </ul>
          {member.conflicts.length > 0 ? (
            <>
              <h3 className="text-xl font-semibold mb-2">{t("dashboard.yourConflicts")}</h3>
              <ul className="mb-6 space-y-1">
                {member.conflicts.map((c) => (
                  <li key={c.id}>
                    {c.application}:{" "}
                    {c.excluded === null
                      ? t("dashboard.conflictPending")
                      : c.excluded
                        ? t("dashboard.conflictExcluded")
                        : t("dashboard.conflictNotExcluded")}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h3 className="text-xl font-semibold mb-2">{t("dashboard.yourProjects")}</h3>
          {member.projects.length === 0 ? (
            <p>{t("dashboard.noProjects")}</p>
          ) : (
            <ul className="space-y-1">
              {member.projects.map((p) => (
                <li key={p.id}>
                  <Link href={`/projects/${p.id}`} className="underline">
                    {p.title}
                  </Link>{" "}
                  · {t(`project.statuses.${p.status}`)}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {applicant ? (
        <section aria-labelledby="applicant-heading" className="mb-10">
          <h2 id="applicant-heading" className="text-2xl font-bold mb-4">
            {t("dashboard.yourApplications")}
          </h2>
          {applicant.length === 0 ? (
            <p>{t("dashboard.noApplications")}</p>
          ) : (
            <Table
              caption={t("dashboard.yourApplications")}
              captionHidden
              head={
                <tr>
                  <Th>{t("dashboard.reference")}</Th>
                  <Th>{t("dashboard.titleColumn")}</Th>
                  <Th>{t("dashboard.calls")}</Th>
                  <Th numeric>{t("dashboard.requested")}</Th>
                  <Th>{t("dashboard.status")}</Th>
                </tr>
              }
            >
              {applicant.map((a) => (
                <tr key={a.id}>
                  <Td>{a.reference ?? "–"}</Td>
                  <Td>
                    <Link href={`/mine/${a.id}`} className="underline">
                      {a.title}
                    </Link>
                  </Td>
                  <Td>{a.call}</Td>
                  <Td numeric>{kr(a.requestedOre)}</Td>
                  <Td>{t(`application.statuses.${a.status}`)}</Td>
                </tr>
              ))}
            </Table>
          )}
        </section>
      ) : null}
    </div>
  );
}
