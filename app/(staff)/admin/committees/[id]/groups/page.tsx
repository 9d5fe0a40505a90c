import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommitteeNav } from "@/components/admin/committees/committee-nav";
import { GroupForm } from "@/components/admin/groups/group-form";
import { GroupMemberForm } from "@/components/admin/groups/group-member-form";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { requireCommitteeStaff } from "@/lib/committees/page-access";
import { archiveGroupAction, removeGroupMemberAction } from "@/lib/groups/actions";
import { getGroupsPage } from "@/lib/groups/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requireCommitteeStaff("/admin/committees");
  const [t, page] = await Promise.all([getTranslations(), getGroupsPage(actor, (await params).id)]);
  return { title: page ? t("groupsAdmin.pageTitle", { name: page.committee.name }) : t("errors.notFoundTitle") };
}

/** A committee's working groups: create, rename, archive; members from the committee's people, coordinators marked. */
export default async function GroupsPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireCommitteeStaff(`/admin/committees/${id}/groups`);
  const [t, page] = await Promise.all([getTranslations("groupsAdmin"), getGroupsPage(actor, id)]);
  if (!page) notFound();
  return (
    <div className="max-w-3xl">
      <CommitteeNav committee={page.committee} current="groups" />
      <h1 className="text-3xl font-bold mb-4">{t("pageTitle", { name: page.committee.name })}</h1>
      <IntlScope namespaces={["groupsAdmin"]}>
        {page.groups.length === 0 ? <p className="mb-6">{t("noGroups")}</p> : null}
        {page.groups.map((g) => (
          <section
            key={g.id}
            aria-labelledby={`group-${g.id}`}
            className="mb-8 border-l-4 border-brand-600 pl-4"
            data-testid="working-group"
          >
            <h2 id={`group-${g.id}`} className="text-2xl font-semibold mb-2">
              {g.name}
            </h2>
            {g.description ? <p className="mb-2">{g.description}</p> : null}
            {g.members.length ? (
              <ul className="mb-3 space-y-1">
                {g.members.map((m) => (
                  <li key={m.id} className="flex flex-wrap items-center gap-3">
                    <span>
                      {m.name}
                      {m.isCoordinator ? ` (${t("coordinator")})` : ""}
                    </span>
                    <ButtonForm action={removeGroupMemberAction} fields={{ groupId: g.id, userId: m.id }}>
                      <Button type="submit" variant="link" aria-label={t("removeMember", { name: m.name })}>
                        {t("remove")}
                      </Button>
                    </ButtonForm>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mb-3">{t("noMembers")}</p>
            )}
            <GroupMemberForm groupId={g.id} groupName={g.name} people={page.people} />
            <details className="mt-3">
              <summary className="cursor-pointer underline">{t("renameTitle", { name: g.name })}</summary>
              <div className="mt-3">
                <GroupForm committeeId={id} groupId={g.id} initial={{ name: g.name, description: g.description }} />
              </div>
            </details>
            <ButtonForm action={archiveGroupAction} fields={{ groupId: g.id }} className="mt-3">
              <Button type="submit" variant="secondary" aria-label={`${t("archive")}: ${g.name}`}>
                {t("archive")}
              </Button>
            </ButtonForm>
          </section>
        ))}
        <h2 className="text-2xl font-semibold mb-3">{t("newGroup")}</h2>
        <GroupForm committeeId={id} />
      </IntlScope>
    </div>
  );
}
