"use client";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { login } from "@/lib/auth/actions";
import { loginSchema, type LoginInput } from "@/lib/auth/schema";
import type { Locale } from "@/lib/i18n/format";
import { translator, type MessageKey } from "@/lib/i18n/translate";

export function LoginForm({ locale, callbackUrl }: { locale: Locale; callbackUrl?: string }) {
  const t = translator(locale);
  const [serverMessage, setServerMessage] = useState<string>();
  const [serverFieldErrors, setServerFieldErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<LoginInput>({ resolver: zodResolver(loginSchema), defaultValues: { email: "", password: "", callbackUrl } });

  const fieldError = (name: "email" | "password") => {
    const key = errors[name]?.message;
    return key ? t(key as MessageKey) : serverFieldErrors[name];
  };
  const summary = (["email", "password"] as const)
    .map((field) => ({ field, message: fieldError(field) }))
    .filter((e): e is { field: "email" | "password"; message: string } => Boolean(e.message));

  const onSubmit = handleSubmit((values) => {
    setServerMessage(undefined);
    startTransition(async () => {
      const result = await login(values);
      if (result && !result.ok) {
        setServerMessage(result.message);
        setServerFieldErrors(result.fieldErrors ?? {});
      }
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate method="post">
      <ErrorSummary
        title={summary.length > 0 ? t("login.errorSummary", { count: summary.length }) : t("login.failedTitle")}
        errors={summary}
        message={serverMessage}
      />
      <input type="hidden" {...register("callbackUrl")} />
      <Field id="email" type="email" autoComplete="username" label={t("login.email")} error={fieldError("email")} {...register("email")} />
      <Field id="password" type="password" autoComplete="current-password" label={t("login.password")} error={fieldError("password")} {...register("password")} />
      <Button type="submit" disabled={pending}>
        {pending ? t("login.submitting") : t("login.submit")}
      </Button>
    </form>
  );
}
