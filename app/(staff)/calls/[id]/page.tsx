import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCallView } from "@/lib/calls/queries";
import { formatDate, formatKr } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("nav.calls") };
}

export default async function CallPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("call:read", `/calls/${id}`);
  const [t, locale, call] = await Promise.all([getT(), getLocale(), getCallView(actor, id)]);
  if (!call) notFound();
  return (
    <div>
      <h1 className="text-3xl font-bold mb-2">{call.title}</h1>
      <p className="text-muted mb-6">
        {call.committee.name} · {t(`call.statuses.${call.status}`)}
        {call.deadline ? ` · ${t("dashboard.deadline")}: ${formatDate(call.deadline, locale)}` : ""} · {t("dashboard.available")}: {formatKr(call.amountOre, locale)}
      </p>
      <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={`/calls/${call.id}/ranking`} className="underline font-semibold">
            {t("ranking.open")}
          </Link>
        </li>
        {can(actor, "application:score", call.committeeId) ? (
          <li>
            <Link href={`/calls/${call.id}/score`} className="underline font-semibold">
              {t("scoring.title")}
            </Link>
          </li>
        ) : null}
        {can(actor, "conflict:rule", call.committeeId) ? (
          <li>
            <Link href={`/calls/${call.id}/conflicts`} className="underline font-semibold">
              {t("conflict.listTitle")}
            </Link>
          </li>
        ) : null}
      </ul>
      {call.description ? <p className="mb-4 max-w-3xl">{call.description}</p> : null}
      {call.criteriaText ? <p className="mb-6 max-w-3xl">{call.criteriaText}</p> : null}
      {call.rubric ? (
        <Table
          caption={call.rubric.name}
          head={
            <tr>
              <Th>{t("callView.criterion")}</Th>
              <Th>{t("callView.goal")}</Th>
              <Th numeric>{t("callView.weight")}</Th>
              <Th>{t("callView.scale")}</Th>
            </tr>
          }
        >
          {call.rubric.criteria.map((c) => (
            <tr key={c.id}>
              <Td>{c.title}</Td>
              <Td>{c.planGoal?.title ?? "–"}</Td>
              <Td numeric>{c.weight}</Td>
              <Td>
                {c.scaleMin}–{c.scaleMax}
                {c.allowNotApplicable ? ` · ${t("callView.naAllowed")}` : ""}
              </Td>
            </tr>
          ))}
        </Table>
      ) : null}
      <Table
        caption={t("callView.applications", { count: call.applications.length })}
        head={
          <tr>
            <Th>{t("dashboard.reference")}</Th>
            <Th>{t("dashboard.titleColumn")}</Th>
            <Th>{t("callView.organisation")}</Th>
            <Th numeric>{t("dashboard.requested")}</Th>
            <Th>{t("dashboard.status")}</Th>
          </tr>
        }
      >
        {call.applications.map((a) => (
          <tr key={a.id}>
            <Td>{a.reference ?? "–"}</Td>
            <Td>
              {can(actor, "call:manage", call.committeeId) ? (
                <Link href={`/calls/${call.id}/applications/${a.id}`} className="underline">
                  {a.title}
                </Link>
              ) : (
                a.title
              )}
            </Td>
            <Td>{a.organisation}</Td>
            <Td numeric>{formatKr(a.requestedOre, locale)}</Td>
            <Td>{t(`application.statuses.${a.status}`)}</Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
