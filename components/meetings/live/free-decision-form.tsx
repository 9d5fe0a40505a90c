"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { recordFreeDecisionAction } from "@/lib/meetings/live-actions";
import { freeDecisionSchema } from "@/lib/meetings/live-schema";

/** A free decision item's words in the minutes (Beslutning). */
export function FreeDecisionForm({ itemId, itemVersion, text }: { itemId: string; itemVersion: number; text: string }) {
  const t = useTranslations("meetingLive");
  const router = useRouter();
  const f = useActionForm({
    action: recordFreeDecisionAction,
    schema: freeDecisionSchema,
    idPrefix: `${itemId}-`,
    defaultValues: { agendaItemId: itemId, itemVersion, text },
    onSuccess: () => router.refresh(),
  });
  return (
    <ActionForm handle={f} summary="meetingLive.errorSummary" className="mt-4 text-lg">
      <input type="hidden" name="agendaItemId" value={itemId} />
      <input type="hidden" name="itemVersion" value={itemVersion} />
      {f.ok ? <p role="status">{t("textSaved")}</p> : null}
      <TextAreaField rows={4} label={t("freeDecision")} {...f.field("text")} />
      {f.code === "conflict" ? (
        // Someone else saved this item: read it again rather than overwrite what they wrote.
        <Button type="button" className="mr-2" onClick={() => router.refresh()}>
          {t("reload")}
        </Button>
      ) : null}
      <Button type="submit" disabled={f.pending}>
        {t("saveText")}
      </Button>
    </ActionForm>
  );
}
