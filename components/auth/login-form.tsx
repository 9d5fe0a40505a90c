"use client";
import { useActionState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { login } from "@/lib/auth/actions";
import { loginSchema, type LoginInput } from "@/lib/auth/schema";
import type { Locale } from "@/lib/i18n/format";
import { translator, type MessageKey } from "@/lib/i18n/translate";

/**
 * The form posts to the server action natively (it works before the page is
 * hydrated, or without JavaScript); once hydrated, react-hook-form checks the
 * fields first with the same schema the server uses.
 */
export function LoginForm({ locale, callbackUrl }: { locale: Locale; callbackUrl?: string }) {
  const t = translator(locale);
  const [state, formAction, actionPending] = useActionState(login, null);
  const [transitionPending, startTransition] = useTransition();
  const pending = actionPending || transitionPending;
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<LoginInput>({
    resolver: zodResolver(loginSchema),
    defaultValues: { email: state?.email ?? "", password: "", callbackUrl },
  });

  const serverFieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const fieldError = (name: "email" | "password") => {
    const key = errors[name]?.message;
    return key ? t(key as MessageKey) : serverFieldErrors[name];
  };
  const summary = (["email", "password"] as const)
    .map((field) => ({ field, message: fieldError(field) }))
    .filter((e): e is { field: "email" | "password"; message: string } => Boolean(e.message));
  const serverMessage = state && !state.ok && Object.keys(serverFieldErrors).length === 0 ? state.message : undefined;

  const onSubmit = handleSubmit((values) => {
    const data = new FormData();
    data.set("email", values.email);
    data.set("password", values.password);
    if (values.callbackUrl) data.set("callbackUrl", values.callbackUrl);
    startTransition(() => formAction(data));
  });

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary
        title={summary.length > 0 ? t("login.errorSummary", { count: summary.length }) : t("login.failedTitle")}
        errors={summary}
        message={serverMessage}
      />
      <input type="hidden" {...register("callbackUrl")} />
      <Field
        id="email"
        type="email"
        autoComplete="username"
        label={t("login.email")}
        error={fieldError("email")}
        defaultValue={state?.email}
        {...register("email")}
      />
      <Field
        id="password"
        type="password"
        autoComplete="current-password"
        label={t("login.password")}
        error={fieldError("password")}
        {...register("password")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("login.submitting") : t("login.submit")}
      </Button>
    </form>
  );
}
