"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { completeSetupAction } from "@/lib/installation/actions";
import { setupSchema } from "@/lib/installation/schema";

/** The set-up link's form: the installation's name (first run only) and the first administrator's password. */
export function SetupForm({
  token,
  person,
  askInstallationName,
  installationName,
}: {
  token: string;
  person: { email: string; name: string } | null;
  askInstallationName: boolean;
  installationName: string;
}) {
  const t = useTranslations("installation.setup");
  const f = useActionForm({
    action: completeSetupAction,
    schema: setupSchema,
    defaultValues: {
      token,
      installationName: askInstallationName ? installationName : "",
      name: person?.name ?? "",
      email: person?.email ?? "",
      password: "",
      passwordAgain: "",
    },
  });
  return (
    <ActionForm handle={f} summary="installation.setup.errorSummary">
      <input type="hidden" name="token" value={token} />
      {askInstallationName ? (
        <Field label={t("installationName")} hint={t("installationNameHint")} {...f.field("installationName")} />
      ) : null}
      <Field autoComplete="name" label={t("yourName")} {...f.field("name")} />
      {person ? (
        <input type="hidden" name="email" value={person.email} />
      ) : (
        <Field type="email" autoComplete="username" label={t("email")} {...f.field("email")} />
      )}
      <Field
        type="password"
        autoComplete="new-password"
        label={t("password")}
        hint={t("passwordHint")}
        {...f.field("password")}
      />
      <Field type="password" autoComplete="new-password" label={t("repeatPassword")} {...f.field("passwordAgain")} />
      <Button type="submit" disabled={f.pending}>
        {person ? t("submitBound") : t("submit")}
      </Button>
    </ActionForm>
  );
}
