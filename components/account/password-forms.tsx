"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { forgotPasswordAction, resetPasswordAction } from "@/lib/account/actions";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/account/schema";

/** The same answer whether or not the address has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("passwordReset");
  const f = useActionForm({ action: forgotPasswordAction, schema: forgotPasswordSchema, defaultValues: { email: "" } });
  if (f.ok) return <Notice>{t("sent")}</Notice>;
  return (
    <ActionForm handle={f} summary="passwordReset.errorSummary">
      <Field type="email" autoComplete="username" label={t("email")} {...f.field("email")} />
      <Button type="submit" disabled={f.pending}>
        {t("send")}
      </Button>
    </ActionForm>
  );
}

/** A new password twice, and a code when the user has a second factor; success goes to the login page. */
export function ResetPasswordForm({ token, email, needsCode }: { token: string; email: string; needsCode: boolean }) {
  const t = useTranslations("passwordReset");
  const people = useTranslations("people");
  const f = useActionForm({
    action: resetPasswordAction,
    schema: resetPasswordSchema,
    defaultValues: { token, password: "", passwordAgain: "", code: "" },
  });
  return (
    <ActionForm handle={f} summary="passwordReset.errorSummary">
      <input type="hidden" {...f.form.register("token")} value={token} />
      <input type="hidden" autoComplete="username" value={email} readOnly />
      <Field
        type="password"
        autoComplete="new-password"
        label={people("password")}
        hint={people("passwordHint")}
        {...f.field("password")}
      />
      <Field
        type="password"
        autoComplete="new-password"
        label={people("passwordAgain")}
        {...f.field("passwordAgain")}
      />
      {needsCode ? (
        <Field autoComplete="one-time-code" label={t("code")} hint={t("codeHint")} {...f.field("code")} />
      ) : null}
      <Button type="submit" disabled={f.pending}>
        {t("save")}
      </Button>
    </ActionForm>
  );
}
