"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { changeCallStatusAction } from "@/lib/calls/actions";
import { callStatusSchema } from "@/lib/calls/schema";

type Target = "PUBLISHED" | "CLOSED" | "DECIDED" | "ARCHIVED";

/**
 * A button per status change the call allows now; the pressed button posts
 * its `to` (natively too), and tells the browser's check which it was. The
 * server checks the preconditions (a deadline, a rubric) and says what is missing.
 */
export function CallStatusForm({
  callId,
  version,
  next,
}: {
  callId: string;
  version: number;
  next: readonly Target[];
}) {
  const t = useTranslations("callForm");
  const f = useActionForm({
    action: changeCallStatusAction,
    schema: callStatusSchema,
    defaultValues: { callId, version, to: next[0] },
  });
  return (
    <ActionForm handle={f} summary="callForm.errorSummary" className="mb-6">
      {f.ok ? <Notice>{t("statusChanged")}</Notice> : null}
      <input type="hidden" name="callId" value={callId} />
      <input type="hidden" name="version" value={version} />
      <div className="flex flex-wrap gap-3">
        {next.map((to) => (
          <Button
            key={to}
            type="submit"
            name="to"
            value={to}
            variant={to === "PUBLISHED" ? "primary" : "secondary"}
            disabled={f.pending}
            onClick={() => f.form.setValue("to", to)}
          >
            {t(`to.${to}`)}
          </Button>
        ))}
      </div>
    </ActionForm>
  );
}
