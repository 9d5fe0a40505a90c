import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { describePath, diffDocuments } from "@/lib/projects/diff";
import { listSpecs, type ListSpec } from "@/lib/projects/editor-spec";
import { restoreVersionAction } from "@/lib/projects/actions";
import { getProjectHistory, getVersionSnapshots } from "@/lib/projects/queries";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";
import type { MessageKey } from "@/lib/i18n/messages";

// A diff path starts with the document's key; its label is the editor's name for that part
// ("children" are the interventions).
const partByKey = new Map<string, ListSpec["part"]>([
  ...listSpecs.map((s) => [s.key ?? s.part, s.part] as const),
  ["work", "work"],
]);

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, h] = await Promise.all([
    getTranslations(),
    getProjectHistory(await requirePermission("project:read", `/projects/${id}/history`), id),
  ]);
  return { title: h ? t("projectEdit.historyTitle", { title: h.title }) : t("projectEdit.history") };
}

/** Every saved version with who and when, a readable diff between two, and restore. */
export default async function ProjectHistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const q = await searchParams;
  const actor = await requirePermission("project:read", `/projects/${id}/history`);
  const [t, locale, h] = await Promise.all([getTranslations(), getLocale(), getProjectHistory(actor, id)]);
  if (!h) notFound();
  const pick = (v: unknown, fallback: number) =>
    typeof v === "string" && /^\d+$/.test(v) && h.versions.some((x) => x.version === Number(v)) ? Number(v) : fallback;
  const b = pick(q.b, h.versions[0]?.version ?? 1);
  const a = pick(q.a, h.versions.find((v) => v.version < b)?.version ?? b);
  const snapshots = await getVersionSnapshots(actor, id, [a, b]);
  const vb = snapshots.get(b);
  const changes = vb ? diffDocuments(a === b ? null : (snapshots.get(a) ?? null), vb) : [];
  // A diff path's keys come from the stored document: a key without a label shows as itself.
  const fieldLabel = (key: string) => {
    const label = `projectFields.${key}` as MessageKey;
    return t.has(label) ? t(label) : key;
  };
  const labelOf = (path: string) => {
    const d = describePath(path);
    const listPart = partByKey.get(d.part);
    const part = listPart ? t(`projectParts.${listPart}`) : fieldLabel(d.part);
    const field = d.field && !/^\d+$/.test(d.field) ? fieldLabel(d.field) : d.field;
    return [part, d.item, field, d.rest].filter((x) => x !== null && x !== "").join(" › ");
  };
  return (
    <div className="max-w-5xl">
      <p className="mb-2">
        <Link href={`/projects/${id}`} className="underline">
          ← {h.title}
        </Link>
      </p>
      <h1 className="text-3xl font-bold mb-6">{t("projectEdit.historyTitle", { title: h.title })}</h1>
      {q.restored ? <Notice>{t("projectEdit.restored")}</Notice> : null}
      <Table
        caption={t("projectEdit.history")}
        captionHidden
        head={
          <tr>
            <Th>{t("projectEdit.version")}</Th>
            <Th>{t("projectEdit.when")}</Th>
            <Th>{t("projectEdit.who")}</Th>
            <Th>{t("projectEdit.note")}</Th>
            <Th>
              <span className="sr-only">{t("projectEdit.compare")}</span>
            </Th>
          </tr>
        }
      >
        {h.versions.map((v) => (
          <tr key={v.version} data-testid="version-row">
            <Td>{v.version}</Td>
            <Td>{formatDateTime(v.createdAt, locale)}</Td>
            <Td>{v.by}</Td>
            <Td>{v.note}</Td>
            <Td>
              <span className="flex flex-wrap gap-3">
                {v.version > 1 ? (
                  <Link href={`/projects/${id}/history?a=${v.version - 1}&b=${v.version}`} className="underline">
                    {t("projectEdit.compare")} ({v.version})
                  </Link>
                ) : null}
                {h.canEdit && v.version !== h.version ? (
                  <ButtonForm
                    action={restoreVersionAction}
                    fields={{ projectId: id, version: h.version, from: v.version }}
                  >
                    <Button type="submit" variant="link">
                      {t("projectEdit.restore")} ({v.version})
                    </Button>
                  </ButtonForm>
                ) : null}
              </span>
            </Td>
          </tr>
        ))}
      </Table>
      <section aria-labelledby="diff" className="mt-8">
        <h2 id="diff" className="text-2xl font-semibold mb-3">
          {t("projectEdit.diffTitle", { a, b })}
        </h2>
        {changes.length ? (
          <Table
            caption={t("projectEdit.diffTitle", { a, b })}
            captionHidden
            head={
              <tr>
                <Th>{t("projectEdit.field")}</Th>
                <Th>{t("projectEdit.before")}</Th>
                <Th>{t("projectEdit.after")}</Th>
              </tr>
            }
          >
            {changes.map((c) => (
              <tr key={c.path} data-testid="diff-row">
                <Td>{labelOf(c.path)}</Td>
                <Td>{c.before === null ? "–" : <del className="bg-red-50">{c.before}</del>}</Td>
                <Td>{c.after === null ? "–" : <ins className="bg-green-50 no-underline">{c.after}</ins>}</Td>
              </tr>
            ))}
          </Table>
        ) : (
          <p>{t("projectEdit.noChanges")}</p>
        )}
      </section>
    </div>
  );
}
