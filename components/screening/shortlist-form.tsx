"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { setShortlistedAction } from "@/lib/screening/actions";
import { shortlistSchema } from "@/lib/screening/schema";

/**
 * Onto the shortlist or off it, over the version of the application this page
 * showed. One button, but not a ButtonForm: a refusal (the case changed in
 * another tab) must be said, or the button would seem to do nothing.
 */
export function ShortlistForm({
  applicationId,
  version,
  shortlisted,
}: {
  applicationId: string;
  version: number;
  shortlisted: boolean;
}) {
  const t = useTranslations("screening");
  const to = shortlisted ? "no" : "yes";
  const f = useActionForm({
    action: setShortlistedAction,
    schema: shortlistSchema,
    defaultValues: { applicationId, version, shortlisted: to },
  });
  return (
    <ActionForm handle={f} summary="screening.shortlistErrorSummary">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="shortlisted" value={to} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {shortlisted ? t("shortlistRemove") : t("shortlistAdd")}
      </Button>
    </ActionForm>
  );
}
