"use client";
import { Button } from "@/components/ui/button";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { approveMinutesAction, publishMinutesAction } from "@/lib/minutes/actions";
import { minutesStepSchema } from "@/lib/minutes/schema";

/**
 * Approving or publishing the minutes: one button, but a refusal (items still lacking a decision, a meeting not
 * yet held) is said in the error summary above it.
 */
export function MinutesStepForm({
  step,
  meetingId,
  version,
  label,
}: {
  step: "approve" | "publish";
  meetingId: string;
  version: number;
  label: string;
}) {
  const f = useActionForm({
    action: step === "approve" ? approveMinutesAction : publishMinutesAction,
    schema: minutesStepSchema,
    idPrefix: `${step}-`,
    defaultValues: { meetingId, version },
  });
  return (
    <ActionForm handle={f} summary="minutes.errorSummary" aria-label={label}>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" disabled={f.pending}>
        {label}
      </Button>
    </ActionForm>
  );
}
