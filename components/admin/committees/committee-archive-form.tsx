"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { setCommitteeArchivedAction } from "@/lib/committees/actions";
import { committeeArchiveSchema } from "@/lib/committees/schema";

/** Archive or reactivate; the server refuses while a call is open, and the refusal shows above the button. */
export function CommitteeArchiveForm({
  committeeId,
  version,
  archived,
}: {
  committeeId: string;
  version: number;
  archived: boolean;
}) {
  const t = useTranslations("committeesAdmin");
  const to = archived ? "active" : "archived";
  const f = useActionForm({
    action: setCommitteeArchivedAction,
    schema: committeeArchiveSchema,
    defaultValues: { committeeId, version, to },
  });
  return (
    <ActionForm handle={f} summary="committeesAdmin.errorSummary">
      <input type="hidden" name="committeeId" value={committeeId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="to" value={to} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {archived ? t("reactivate") : t("archive")}
      </Button>
    </ActionForm>
  );
}
