"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { login } from "@/lib/auth/actions";
import { loginSchema } from "@/lib/auth/schema";

/** Posts natively before hydration or without JavaScript; once hydrated, the schema checks the fields first. */
export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("login");
  const f = useActionForm({
    action: login,
    schema: loginSchema,
    defaultValues: { email: "", password: "", callbackUrl: callbackUrl ?? "" },
  });
  return (
    <ActionForm handle={f} summary="login.errorSummary">
      <input type="hidden" {...f.form.register("callbackUrl")} />
      <Field type="email" autoComplete="username" label={t("email")} {...f.field("email")} />
      <Field type="password" autoComplete="current-password" label={t("password")} {...f.field("password")} />
      <Button type="submit" disabled={f.pending}>
        {f.pending ? t("submitting") : t("submit")}
      </Button>
    </ActionForm>
  );
}
