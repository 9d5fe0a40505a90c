"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DownloadForm } from "@/components/ui/download-form";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Table, Td, Th } from "@/components/ui/table";
import { lookUpPersonAction } from "@/lib/privacy/actions";
import type { PersonSummary } from "@/lib/privacy/queries";
import { personLookupSchema } from "@/lib/privacy/schema";

/** One address in; what is stored about it (counts per kind) out, with the download of all of it. */
export function PersonLookup() {
  const t = useTranslations("personalData");
  const f = useActionForm({
    action: lookUpPersonAction,
    schema: personLookupSchema,
    defaultValues: { email: "" },
  });
  const found = f.state?.ok ? f.state.data : null;
  return (
    <>
      <ActionForm handle={f} summary="personalData.errorSummary" className="mb-8">
        <Field type="email" autoComplete="off" label={t("email")} hint={t("emailHint")} {...f.field("email")} />
        <Button type="submit" disabled={f.pending}>
          {t("search")}
        </Button>
      </ActionForm>
      {found ? <Result summary={found} /> : null}
    </>
  );
}

function Result({ summary }: { summary: PersonSummary }) {
  const t = useTranslations("personalData");
  if (summary.total === 0)
    return (
      <p role="status" className="border-l-4 border-gray-500 bg-gray-50 p-3">
        {t("nothing", { email: summary.email })}
      </p>
    );
  const rows = summary.counts.filter((c) => c.count > 0);
  return (
    <section aria-labelledby="privacy-result" role="status">
      <h2 id="privacy-result" className="text-2xl font-semibold mb-3">
        {t("resultTitle", { email: summary.email })}
      </h2>
      <p className="mb-3">{t("account", { has: summary.hasAccount ? "yes" : "no" })}</p>
      <Table
        captionHidden
        caption={t("resultTitle", { email: summary.email })}
        head={
          <tr>
            <Th>{t("kind")}</Th>
            <Th numeric>{t("count")}</Th>
          </tr>
        }
      >
        {rows.map((c) => (
          <tr key={c.kind} data-testid={`privacy-count-${c.kind}`}>
            <Td>{t(`kinds.${c.kind}` as "kinds.applications")}</Td>
            <Td numeric>{c.count}</Td>
          </tr>
        ))}
      </Table>
      <DownloadForm action="/api/privacy/export" fields={{ email: summary.email }}>
        <Button type="submit">{t("download")}</Button>
      </DownloadForm>
    </section>
  );
}
