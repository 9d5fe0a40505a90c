"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { loginWithCode } from "@/lib/auth/actions";
import { confirmTotpAction, disableTotpAction, regenerateRecoveryCodesAction } from "@/lib/account/actions";
import { codeSchema, loginCodeSchema } from "@/lib/account/schema";

/** The codes, shown once after enrolment or renewal. */
function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("totp");
  return (
    <section aria-labelledby="recovery-title" className="border-l-4 border-brand-600 bg-brand-50 p-4 mb-6">
      <h2 id="recovery-title" className="text-xl font-bold mb-2">
        {t("recoveryTitle")}
      </h2>
      <p className="mb-3">{t("recoveryIntro")}</p>
      <ul data-testid="recovery-codes" className="font-mono grid grid-cols-2 gap-1 max-w-xs">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </section>
  );
}

/** The first code from the app turns the second factor on and shows the recovery codes. */
export function ConfirmTotpForm() {
  const t = useTranslations("totp");
  const f = useActionForm({ action: confirmTotpAction, schema: codeSchema, defaultValues: { code: "" } });
  if (f.state?.ok) return <RecoveryCodes codes={f.state.data.recoveryCodes} />;
  return (
    <ActionForm handle={f} summary="totp.errorSummary">
      <Field
        inputMode="numeric"
        autoComplete="one-time-code"
        label={t("code")}
        hint={t("codeHint")}
        {...f.field("code")}
      />
      <Button type="submit" disabled={f.pending}>
        {t("confirm")}
      </Button>
    </ActionForm>
  );
}

/** Turning the second factor off, or new recovery codes: each needs a current code from the app. */
export function TotpCodeForm({ kind }: { kind: "disable" | "regenerate" }) {
  const t = useTranslations("totp");
  const f = useActionForm({
    action: (kind === "disable" ? disableTotpAction : regenerateRecoveryCodesAction) as typeof confirmTotpAction,
    schema: codeSchema,
    defaultValues: { code: "" },
    idPrefix: `${kind}-`,
  });
  if (f.state?.ok && kind === "regenerate") return <RecoveryCodes codes={f.state.data.recoveryCodes} />;
  if (f.ok) return <Notice>{t("disabled")}</Notice>;
  return (
    <ActionForm handle={f} summary="totp.errorSummary" aria-labelledby={`${kind}-title`}>
      <Field inputMode="numeric" autoComplete="one-time-code" label={t("code")} {...f.field("code")} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {kind === "disable" ? t("disable") : t("regenerate")}
      </Button>
    </ActionForm>
  );
}

/** The login's second step. */
export function LoginCodeForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("totp");
  const f = useActionForm({
    action: loginWithCode,
    schema: loginCodeSchema,
    defaultValues: { code: "", callbackUrl: callbackUrl ?? "" },
  });
  return (
    <ActionForm handle={f} summary="totp.errorSummary">
      <input type="hidden" {...f.form.register("callbackUrl")} value={callbackUrl ?? ""} />
      <Field autoComplete="one-time-code" autoFocus label={t("loginCode")} {...f.field("code")} />
      <Button type="submit" disabled={f.pending}>
        {t("loginSubmit")}
      </Button>
    </ActionForm>
  );
}
