"use client";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/ui/use-form-action";
import { restoreVersionAction } from "@/lib/projects/actions";
import type { Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";

export function RestoreForm({
  locale: _locale,
  projectId,
  version,
  from,
}: {
  locale: Locale;
  projectId: string;
  version: number;
  from: number;
}) {
  const t = useTranslations();
  const f = useFormAction(restoreVersionAction);
  if (f.ok) return <Notice>{t("projectEdit.restored")}</Notice>;
  return (
    <form action={f.formAction}>
      {f.message ? (
        <p role="alert" className="text-danger font-semibold">
          {f.message}
        </p>
      ) : null}
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="from" value={from} />
      <Button type="submit" variant="link" disabled={f.pending}>
        {t("projectEdit.restore")} ({from})
      </Button>
    </form>
  );
}
