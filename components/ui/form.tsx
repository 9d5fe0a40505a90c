"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { unstable_rethrow } from "next/navigation";
import { useActionState, useEffect, useMemo, useTransition, type FormEvent, type ReactNode } from "react";
import {
  get,
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldPath,
  type FieldValues,
  type UseFormReturn,
} from "react-hook-form";
import type { z } from "zod";
import type { ActionState, FormAction } from "@/lib/actions/state";
import type { MessageKey } from "@/lib/i18n/messages";
import { ErrorSummary } from "./error-summary";

/** A field's element id: "budget.1.label" → "budget-1-label" (the summary links to it). */
export const fieldId = (name: string, prefix = "") => prefix + name.replace(/\./g, "-");

type Options<TIn extends FieldValues, TOut, T> = {
  action: FormAction<T>;
  /** The same zod schema the action parses with. */
  schema: z.ZodType<TOut, TIn>;
  defaultValues: DefaultValues<TIn>;
  /** Prefix for element ids, when a page shows the same form twice. */
  idPrefix?: string;
  onSuccess?: (data: T, form: UseFormReturn<TIn, unknown, TOut>) => void;
  /**
   * Said when the form could not be sent at all (a lost connection, a body
   * over the server's size limit): the action never ran, and what was typed
   * and chosen stays in the form. Without it, such a failure shows the error page.
   */
  sendFailed?: MessageKey;
};

/**
 * The one form pattern. react-hook-form checks the fields with the action's
 * zod schema; a valid form is posted as the form's own FormData (with the
 * button that sent it), so the same form also posts natively before the page
 * is hydrated or without JavaScript. The server's field errors come back as
 * keys and join the client's; what was typed stays, in the fields (with
 * JavaScript) or as the server's echo of the values (without).
 */
export function useActionForm<TIn extends FieldValues, TOut, T = null>(options: Options<TIn, TOut, T>) {
  const { action, schema, defaultValues, idPrefix = "", onSuccess, sendFailed } = options;
  const t = useTranslations();
  const sending = useMemo(
    () => (sendFailed && typeof window !== "undefined" ? toldWhenUnsent(action, () => t(sendFailed)) : action),
    [action, sendFailed, t],
  );
  const [state, dispatch, actionPending] = useActionState<ActionState<T>, FormData>(sending, null);
  const [transitionPending, startTransition] = useTransition();
  const serverErrors = useMemo(() => nest(state && !state.ok ? (state.fieldErrors ?? {}) : {}), [state]);
  const form = useForm<TIn, unknown, TOut>({
    resolver: zodResolver(schema),
    defaultValues: (state?.values as DefaultValues<TIn> | undefined) ?? defaultValues,
    errors: serverErrors as FieldErrors<TIn>,
  });

  useEffect(() => {
    if (state?.ok) onSuccess?.(state.data, form);
    // Only a new answer from the server counts, not a new callback.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  // A server message with arguments (an amount, a year) gets them from the answer, for its own field.
  const paramsOf = (name: string) => (state && !state.ok ? state.fieldParams?.[name] : undefined);
  const translate = (key: string, name = ""): string =>
    t.has(key as MessageKey) ? t(key as MessageKey, paramsOf(name)) : t("common.invalidField");

  /** The translated error of a field, from the browser's check or the server's. */
  const error = (name: FieldPath<TIn> | string): string | undefined => {
    const message = (get(form.formState.errors, name) as { message?: string } | undefined)?.message;
    return message ? translate(message, name) : undefined;
  };

  /**
   * The value a field starts with, for the HTML the server renders: before
   * hydration (or without JavaScript) the browser shows this, and after a
   * refused post it is what was typed. Once hydrated, react-hook-form's own
   * values win, so a removed row never lends its value to the next.
   */
  const initial = (name: FieldPath<TIn> | string): string | undefined => {
    const value: unknown = get(form.getValues(), name);
    return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
  };

  /** Props for a Field, TextAreaField or Select: id, error, starting value and react-hook-form's registration. */
  const field = (name: FieldPath<TIn>) => ({
    id: fieldId(name, idPrefix),
    error: error(name),
    defaultValue: initial(name),
    ...form.register(name),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void form.handleSubmit(() => {
      const data = new FormData(element, submitter);
      startTransition(() => dispatch(data));
    })(event);
  };

  const errors = leaves(form.formState.errors).map(([name, message]) => ({
    field: fieldId(name, idPrefix),
    message: translate(message, name),
  }));

  return {
    form,
    state,
    dispatch,
    onSubmit,
    field,
    initial,
    error,
    errors,
    pending: actionPending || transitionPending,
    /** A refusal that names no field (a conflict, a closed call, a lost connection). */
    message: state && !state.ok && errors.length === 0 ? state.message : undefined,
    code: state && !state.ok ? state.code : undefined,
    ok: state?.ok === true,
  };
}

export type ActionFormHandle = Pick<ReturnType<typeof useActionForm>, "dispatch" | "onSubmit" | "errors" | "message">;

/**
 * The form element with the error summary at its top. `summary` is the
 * form's own message key for "There are 2 errors in …" (an ICU plural of `count`).
 */
export function ActionForm({
  handle,
  summary = "common.errorSummary",
  className,
  children,
  ...rest
}: {
  handle: ActionFormHandle;
  summary?: MessageKey;
  className?: string;
  children: ReactNode;
  "aria-label"?: string;
  "aria-labelledby"?: string;
}) {
  const t = useTranslations();
  return (
    <form action={handle.dispatch} onSubmit={handle.onSubmit} noValidate className={className} {...rest}>
      <ErrorSummary
        title={handle.errors.length > 0 ? t(summary, { count: handle.errors.length }) : t("common.notSaved")}
        errors={handle.errors}
        message={handle.message}
      />
      {children}
    </form>
  );
}

/**
 * In the browser only: a call that never reached the action (the request
 * failed, or the server refused its size) becomes a refusal with a message.
 * On the server the action stays as it is, so the form the server renders
 * still posts natively before hydration, and shows its answer without JavaScript.
 */
function toldWhenUnsent<T>(action: FormAction<T>, message: () => string) {
  return async (previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    try {
      return await action(previous, formData);
    } catch (error) {
      // A redirect from the action arrives as a thrown error; it must go on to the router.
      unstable_rethrow(error);
      return { ok: false, code: "error", message: message() };
    }
  };
}

/** "budget.1.label" keys → the nested shape react-hook-form keeps its errors in. */
function nest(flat: Partial<Record<string, string>>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, message] of Object.entries(flat)) {
    if (!message) continue;
    const parts = name.split(".");
    let node = root;
    parts.slice(0, -1).forEach((part) => {
      node[part] = (node[part] as Record<string, unknown> | undefined) ?? {};
      node = node[part] as Record<string, unknown>;
    });
    node[parts.at(-1)!] = { type: "server", message };
  }
  return root;
}

/** Every error message with its dotted field name, in the order the fields were checked. */
function leaves(errors: unknown, prefix = ""): [string, string][] {
  if (!errors || typeof errors !== "object") return [];
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(errors as Record<string, unknown>)) {
    if (key === "ref" || key === "root") continue;
    const node = value as { message?: unknown; type?: unknown } | undefined;
    if (node && typeof node.message === "string" && typeof node.type === "string")
      out.push([prefix + key, node.message]);
    else out.push(...leaves(value, `${prefix}${key}.`));
  }
  return out;
}
