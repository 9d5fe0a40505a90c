"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { acceptGrantAction } from "@/lib/grants/actions";
import { acceptGrantSchema } from "@/lib/grants/schema";
import type { ApplicantKey } from "@/lib/grants/applicant-access";

/** "Jeg accepterer tilsagnet": the applicant types their name; the key (link token or application) rides along. */
export function AcceptForm({ access }: { access: ApplicantKey }) {
  const t = useTranslations("letters");
  const f = useActionForm({
    action: acceptGrantAction,
    schema: acceptGrantSchema,
    idPrefix: "accept-",
    defaultValues: { ...access, acceptedName: "" },
  });
  if (f.ok) return <Notice>{t("accepted")}</Notice>;
  return (
    <ActionForm handle={f} summary="letters.acceptErrorSummary" aria-label={t("acceptTitle")}>
      {access.token ? <input type="hidden" name="token" value={access.token} /> : null}
      {access.applicationId ? <input type="hidden" name="applicationId" value={access.applicationId} /> : null}
      <Field label={t("acceptName")} autoComplete="name" {...f.field("acceptedName")} />
      <Button type="submit" disabled={f.pending}>
        {t("accept")}
      </Button>
    </ActionForm>
  );
}
