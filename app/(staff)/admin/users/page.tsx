import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/users/invite-form";
import { Button } from "@/components/ui/button";
import { IntlScope } from "@/components/ui/intl-scope";
import { SearchForm } from "@/components/ui/search-form";
import { SelectField } from "@/components/ui/select";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { getPeoplePage } from "@/lib/users/queries";
import { staffRoles } from "@/lib/users/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("people.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const actor = await requirePermission("user:manage", "/admin/users");
  const chosen = (await searchParams).udvalg;
  const [t, page] = await Promise.all([
    getTranslations(),
    getPeoplePage(actor, typeof chosen === "string" && chosen ? chosen : undefined),
  ]);
  const roleLabels = Object.fromEntries(staffRoles.map((r) => [r, t(`roles.${r}`)]));
  const open = page.committees.filter((c) => !c.archivedAt);
  return (
    <div>
      <h1 className="text-3xl font-bold mb-2">{t("people.title")}</h1>
      <p className="mb-6">{t("people.intro")}</p>
      <SearchForm label={t("people.filterCommittee")} className="flex flex-wrap items-end gap-3 mb-6">
        <SelectField
          id="udvalg"
          name="udvalg"
          className="mb-0"
          label={t("people.filterCommittee")}
          defaultValue={page.committeeId ?? ""}
          options={[
            { value: "", label: t("people.allCommittees") },
            ...page.committees.map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
        <Button type="submit" variant="secondary">
          {t("people.filter")}
        </Button>
      </SearchForm>
      {page.people.length === 0 ? (
        <p className="mb-8">{t("people.none")}</p>
      ) : (
        <Table
          caption={t("people.title")}
          captionHidden
          head={
            <tr>
              <Th>{t("people.name")}</Th>
              <Th>{t("people.email")}</Th>
              <Th>{t("people.roles")}</Th>
              <Th>{t("people.status")}</Th>
            </tr>
          }
        >
          {page.people.map((u) => (
            <tr key={u.id}>
              <Td>
                <Link href={`/admin/users/${u.id}`} className="underline">
                  {u.name}
                </Link>
              </Td>
              <Td>{u.email}</Td>
              <Td>
                {u.memberships
                  .map((m) => `${t(`roles.${m.role}`)}${m.title ? ` (${m.title})` : ""} – ${m.committee.name}`)
                  .join("; ")}
              </Td>
              <Td>{t(`people.statuses.${u.status}`)}</Td>
            </tr>
          ))}
        </Table>
      )}
      <section aria-labelledby="invite-title" className="mt-10 max-w-xl">
        <h2 id="invite-title" className="text-2xl font-bold mb-2">
          {t("people.inviteTitle")}
        </h2>
        <p className="mb-4">{t("people.inviteIntro")}</p>
        <IntlScope namespaces={["people"]}>
          <InviteForm committees={open.map((c) => ({ id: c.id, name: c.name }))} roleLabels={roleLabels} />
        </IntlScope>
      </section>
    </div>
  );
}
