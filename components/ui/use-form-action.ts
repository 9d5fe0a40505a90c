"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/form-action";

type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * useActionState for our forms: field errors, the summary's list, a message
 * without fields, and the values sent (as defaults, so nothing typed is lost;
 * `key` remounts the form with them after each answer).
 */
export function useFormAction(action: FormAction, idPrefix = "") {
  const [state, formAction, pending] = useActionState(action, null);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const errors = Object.entries(fieldErrors).map(([field, message]) => ({
    field: idPrefix + field.replace(/\./g, "-"),
    message,
  }));
  return {
    state,
    formAction,
    pending,
    ok: state?.ok === true,
    fieldErrors,
    errors,
    message: state && !state.ok && errors.length === 0 ? state.message : undefined,
    values: state?.values ?? {},
    key: JSON.stringify(state?.values ?? {}),
  };
}
