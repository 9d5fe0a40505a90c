import type { Metadata } from "next";
import { SearchForm, SearchText } from "@/components/ui/search-form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { inboxStatuses, parseInboxFilters } from "@/lib/screening/model";
import { SelectField } from "@/components/ui/select";
import { requirePermission } from "@/lib/auth/session";
import { getCallPage } from "@/lib/calls/queries";
import { formatDate, formatKr } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";
import { callPageTitle } from "./_lib/title";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return callPageTitle((await params).id);
}

export default async function CallPage({ params, searchParams }: Props) {
  const { id } = await params;
  const filters = parseInboxFilters(await searchParams);
  const actor = await requirePermission("call:read", `/calls/${id}`);
  const [t, locale, page] = await Promise.all([getTranslations(), getLocale(), getCallPage(actor, id, filters)]);
  if (!page) notFound();
  const { call, applications, canManage: manages } = page;
  const listedOnly = filters.shortlisted;
  const filtered = Boolean(filters.q || filters.status || filters.eligibility || filters.shortlisted);
  return (
    <div>
      <h1 className="text-3xl font-bold mb-2">{call.title}</h1>
      <p className="text-muted mb-6">
        {call.committee.name} · {t(`call.statuses.${call.status}`)}
        {call.deadline ? ` · ${t("dashboard.deadline")}: ${formatDate(call.deadline, locale)}` : ""} ·{" "}
        {t("dashboard.available")}: {formatKr(call.amountOre, locale)}
      </p>
      <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={`/calls/${call.id}/ranking`} className="underline font-semibold">
            {t("ranking.open")}
          </Link>
        </li>
        {page.canScore ? (
          <li>
            <Link href={`/calls/${call.id}/score`} className="underline font-semibold">
              {t("scoring.title")}
            </Link>
          </li>
        ) : null}
        {manages ? (
          <>
            <li>
              <Link href={`/calls/${call.id}/edit`} className="underline font-semibold">
                {t("callForm.edit")}
              </Link>
            </li>
            <li>
              <Link href={`/calls/${call.id}/assignments`} className="underline font-semibold">
                {t("screening.assignments")}
              </Link>
            </li>
          </>
        ) : null}
        {call.status !== "DRAFT" ? (
          <li>
            <Link href={`/opslag/${call.slug}`} className="underline font-semibold">
              {t("callForm.publicPage")}
            </Link>
          </li>
        ) : null}
        {page.canRuleConflicts ? (
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
              <Td>
                {c.planGoal ? `${c.planGoal.title}${c.planGoal.retiredAt ? ` (${t("plansAdmin.retired")})` : ""}` : "–"}
              </Td>
              <Td numeric>{c.weight}</Td>
              <Td>
                {c.scaleMin}–{c.scaleMax}
                {c.allowNotApplicable ? ` · ${t("callView.naAllowed")}` : ""}
              </Td>
            </tr>
          ))}
        </Table>
      ) : null}
      <h2 className="text-2xl font-semibold mb-3">{t("screening.inbox")}</h2>
      <SearchForm className="flex flex-wrap items-end gap-3 mb-4">
        <SearchText label={t("screening.search")} defaultValue={filters.q} />
        <SelectField
          id="status"
          name="status"
          className=""
          label={t("screening.status")}
          defaultValue={filters.status ?? ""}
          options={[
            { value: "", label: t("screening.any") },
            ...inboxStatuses.map((s) => ({ value: s, label: t(`application.statuses.${s}`) })),
          ]}
        />
        <SelectField
          id="eligibility"
          name="eligibility"
          className=""
          label={t("screening.eligibility")}
          defaultValue={filters.eligibility ?? ""}
          options={[
            { value: "", label: t("screening.any") },
            ...(["yes", "no", "open"] as const).map((v) => ({
              value: v,
              label: t(`screening.eligibilityValues.${v}`),
            })),
          ]}
        />
        <label className="flex items-center gap-2 py-2">
          <input type="checkbox" name="shortlisted" value="1" defaultChecked={listedOnly} className="size-5" />{" "}
          {t("screening.shortlistedOnly")}
        </label>
        <Button type="submit">{t("screening.filter")}</Button>
        {filtered ? (
          <Link href={`/calls/${call.id}`} className="underline py-2">
            {t("screening.clear")}
          </Link>
        ) : null}
      </SearchForm>
      {applications.length === 0 && filtered ? <p className="mb-4">{t("screening.noneMatch")}</p> : null}
      <Table
        caption={t("callView.applications", { count: applications.length })}
        head={
          <tr>
            <Th>{t("dashboard.reference")}</Th>
            <Th>{t("dashboard.titleColumn")}</Th>
            <Th>{t("callView.organisation")}</Th>
            <Th numeric>{t("dashboard.requested")}</Th>
            <Th>{t("dashboard.status")}</Th>
            <Th>{t("screening.eligibility")}</Th>
          </tr>
        }
      >
        {applications.map((a) => (
          <tr key={a.id}>
            <Td>{a.reference ?? "–"}</Td>
            <Td>
              {manages ? (
                <Link href={`/calls/${call.id}/applications/${a.id}`} className="underline">
                  {a.title}
                </Link>
              ) : (
                a.title
              )}
            </Td>
            <Td>{a.organisation}</Td>
            <Td numeric>{formatKr(a.requestedOre, locale)}</Td>
            <Td>
              {t(`application.statuses.${a.status}`)}
              {a.shortlisted && a.status !== "SHORTLISTED" ? ` · ${t("screening.onShortlist")}` : ""}
            </Td>
            <Td>{t(`screening.eligibilityValues.${a.eligible === null ? "open" : a.eligible ? "yes" : "no"}`)}</Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
