"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { setCommitteeLogoAction } from "@/lib/committees/actions";
import { committeeLogoSchema } from "@/lib/committees/schema";

/** Upload the committee's logo (PNG, JPEG or WebP, at most 1 MB); the server checks the file's bytes. */
export function CommitteeLogoForm({ committeeId }: { committeeId: string }) {
  const t = useTranslations("committeesAdmin");
  const f = useActionForm({
    action: setCommitteeLogoAction,
    schema: committeeLogoSchema,
    defaultValues: { committeeId },
    onSuccess: (_, form) => form.reset({ committeeId }),
  });
  const { defaultValue: _unused, ...logo } = f.field("logo");
  return (
    <ActionForm handle={f} summary="committeesAdmin.errorSummary">
      {f.ok ? <Notice>{t("logoSaved")}</Notice> : null}
      <input type="hidden" name="committeeId" value={committeeId} />
      <Field type="file" accept="image/png,image/jpeg,image/webp" label={t("logo")} hint={t("logoHint")} {...logo} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {t("uploadLogo")}
      </Button>
    </ActionForm>
  );
}
