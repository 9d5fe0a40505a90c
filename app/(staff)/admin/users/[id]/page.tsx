import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AddRoleForm, ChangeRoleForm } from "@/components/users/membership-forms";
import { PersonButton } from "@/components/users/person-button";
import { SessionsTable } from "@/components/users/sessions-table";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { Table, Td, Th } from "@/components/ui/table";
import { unlockUserAction } from "@/lib/auth/actions";
import { requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { getPersonPage } from "@/lib/users/queries";
import { staffRoles, type StaffRole } from "@/lib/users/schema";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const actor = await requirePermission("user:manage", `/admin/users/${id}`);
  const page = await getPersonPage(actor, id);
  return { title: page?.person.name ?? (await getTranslations())("people.title") };
}

export default async function PersonPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("user:manage", `/admin/users/${id}`);
  const [t, locale, page] = await Promise.all([getTranslations(), getLocale(), getPersonPage(actor, id)]);
  if (!page) notFound();
  const { person } = page;
  const roleLabels = Object.fromEntries(staffRoles.map((r) => [r, t(`roles.${r}`)]));
  const date = (d: Date) => formatDate(d, locale as Locale);
  return (
    <div className="max-w-4xl">
      <p className="mb-2">
        <Link href="/admin/users" className="underline">
          {t("people.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-1">{person.name}</h1>
      <p className="mb-6">
        {person.email} · {t(`people.statuses.${person.status}`)}
      </p>
      <IntlScope namespaces={["people"]}>
        <section aria-labelledby="memberships-title" className="mb-10">
          <h2 id="memberships-title" className="text-2xl font-bold mb-3">
            {t("people.memberships")}
          </h2>
          <Table
            caption={t("people.memberships")}
            captionHidden
            head={
              <tr>
                <Th>{t("people.committee")}</Th>
                <Th>{t("people.role")}</Th>
                <Th>{t("people.since")}</Th>
                <Th>{t("people.changeRole")}</Th>
              </tr>
            }
          >
            {person.memberships.map((m) => {
              const role = t(`roles.${m.role}`);
              return (
                <tr key={m.id}>
                  <Td>{m.committee.name}</Td>
                  <Td>
                    {role}
                    {m.title ? ` (${m.title})` : ""}
                  </Td>
                  <Td>{date(m.createdAt)}</Td>
                  <Td>
                    <div className="flex flex-wrap items-end gap-4">
                      <ChangeRoleForm
                        membershipId={m.id}
                        role={m.role as StaffRole}
                        committee={m.committee.name}
                        roleLabels={roleLabels}
                      />
                      <PersonButton
                        kind="endMembership"
                        fields={{ membershipId: m.id }}
                        label={t("people.endMembership")}
                        ariaLabel={t("people.endMembershipFor", { role, committee: m.committee.name })}
                      />
                    </div>
                  </Td>
                </tr>
              );
            })}
          </Table>
          <h3 id="add-role-title" className="text-xl font-bold mt-6 mb-2">
            {t("people.addRole")}
          </h3>
          <AddRoleForm userId={person.id} committees={page.committees} roleLabels={roleLabels} />
        </section>

        <section aria-labelledby="account-title" className="mb-10">
          <h2 id="account-title" className="text-2xl font-bold mb-3">
            {t("people.account")}
          </h2>
          <p className="mb-3">{page.canActOnAccount ? t("people.deactivateHint") : t("people.otherCommittees")}</p>
          <div className="flex flex-wrap gap-4 mb-6">
            {!page.canActOnAccount ? null : person.disabledAt ? (
              <PersonButton kind="reactivate" fields={{ userId: person.id }} label={t("people.reactivate")} />
            ) : page.isSelf ? null : (
              <PersonButton kind="deactivate" fields={{ userId: person.id }} label={t("people.deactivate")} />
            )}
            {page.canActOnAccount && person.pendingInvitation && !person.disabledAt ? (
              <PersonButton
                kind="resend"
                fields={{ userId: person.id }}
                label={t("people.resend")}
                done={t("people.resent")}
              />
            ) : null}
            {person.locked ? (
              <ButtonForm action={unlockUserAction} fields={{ userId: person.id }}>
                <Button type="submit" variant="secondary">
                  {t("loginLock.usersUnlock")}
                </Button>
              </ButtonForm>
            ) : null}
          </div>
          <h3 className="text-xl font-bold mb-1">{t("people.installationAdmin")}</h3>
          <p className="mb-2">
            {person.installationAdmin ? t("people.installationAdminOn") : t("people.installationAdminOff")}
          </p>
          {page.canSetInstallationAdmin ? (
            <PersonButton
              kind="installationAdmin"
              fields={{ userId: person.id, installationAdmin: person.installationAdmin ? "false" : "true" }}
              label={person.installationAdmin ? t("people.removeInstallationAdmin") : t("people.makeInstallationAdmin")}
            />
          ) : null}
          <h3 className="text-xl font-bold mt-6 mb-1">{t("people.secondFactor")}</h3>
          <p>
            {person.totpEnabledAt
              ? t("people.secondFactorOn", { date: date(person.totpEnabledAt) })
              : t("people.secondFactorOff")}
          </p>
          {person.totpEnabledAt && page.canActOnAccount && !page.isSelf ? (
            <div className="mt-2">
              <p className="mb-2">{t("people.resetSecondFactorHint")}</p>
              <PersonButton
                kind="resetSecondFactor"
                fields={{ userId: person.id }}
                label={t("people.resetSecondFactor")}
              />
            </div>
          ) : null}
        </section>

        <section aria-labelledby="sessions-title">
          <h2 id="sessions-title" className="text-2xl font-bold mb-3">
            {t("people.sessions")}
          </h2>
          {page.canActOnAccount ? (
            <SessionsTable userId={person.id} sessions={person.sessions} />
          ) : (
            <p>{t("people.otherCommittees")}</p>
          )}
        </section>
      </IntlScope>
    </div>
  );
}
