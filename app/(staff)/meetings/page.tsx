import type { Metadata } from "next";
import Link from "next/link";
import type { Route } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { getMeetingsPage } from "@/lib/meetings/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("meetings.title") };
}

type Row = Awaited<ReturnType<typeof getMeetingsPage>>["upcoming"][number];

/** The meetings of the actor's committees: upcoming first, then those held. */
export default async function MeetingsPage() {
  const actor = await requirePermission("meeting:read", "/meetings");
  const [t, locale, page] = await Promise.all([getTranslations("meetings"), getLocale(), getMeetingsPage(actor)]);
  const table = (caption: string, rows: Row[]) =>
    rows.length === 0 ? (
      <p className="mb-6">{t("none")}</p>
    ) : (
      <Table
        caption={caption}
        captionHidden
        head={
          <tr>
            <Th>{t("when")}</Th>
            <Th>{t("meetingTitle")}</Th>
            <Th>{t("committee")}</Th>
            <Th>{t("kind")}</Th>
            <Th>{t("status")}</Th>
          </tr>
        }
      >
        {rows.map((m) => (
          <tr key={m.id}>
            <Td>{formatDateTime(m.startsAt, locale as Locale)}</Td>
            <Td>
              <Link href={`/meetings/${m.id}` as Route} className="underline">
                {m.title}
              </Link>
            </Td>
            <Td>{m.committee}</Td>
            <Td>{t(`kinds.${m.kind}`)}</Td>
            <Td>{t(`statuses.${m.status}`)}</Td>
          </tr>
        ))}
      </Table>
    );
  return (
    <div>
      <h1 className="text-3xl font-bold mb-4">{t("title")}</h1>
      {page.canCreate ? (
        <p className="mb-6">
          <Link href="/meetings/new" className="underline font-semibold">
            {t("new")}
          </Link>
        </p>
      ) : null}
      <h2 className="text-2xl font-semibold mb-3">{t("upcoming")}</h2>
      {table(t("upcoming"), page.upcoming)}
      <h2 className="text-2xl font-semibold mb-3">{t("past")}</h2>
      {table(t("past"), page.past)}
    </div>
  );
}
