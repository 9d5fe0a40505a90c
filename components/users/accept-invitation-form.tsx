"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { acceptInvitationAction } from "@/lib/users/actions";
import { acceptInvitationSchema } from "@/lib/users/schema";

/** The invited person's name and password (twice); success goes to the login page. */
export function AcceptInvitationForm({ token, name, email }: { token: string; name: string; email: string }) {
  const t = useTranslations("people");
  const f = useActionForm({
    action: acceptInvitationAction,
    schema: acceptInvitationSchema,
    defaultValues: { token, name, password: "", passwordAgain: "" },
  });
  return (
    <ActionForm handle={f} summary="people.errorSummary">
      <input type="hidden" {...f.form.register("token")} value={token} />
      {/* For password managers: the account the new password belongs to. */}
      <input type="hidden" autoComplete="username" value={email} readOnly />
      <Field autoComplete="name" label={t("name")} {...f.field("name")} />
      <Field
        type="password"
        autoComplete="new-password"
        label={t("password")}
        hint={t("passwordHint")}
        {...f.field("password")}
      />
      <Field type="password" autoComplete="new-password" label={t("passwordAgain")} {...f.field("passwordAgain")} />
      <Button type="submit" disabled={f.pending}>
        {t("accept")}
      </Button>
    </ActionForm>
  );
}
