import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { UnauthenticatedError, type Actor } from "@/lib/auth/permissions";
import { fieldErrorsFrom, type ActionResult } from "@/lib/actions/legacy";
import { runAction } from "@/lib/run-action";
import { deliverSoon } from "@/lib/mail/outbox";
import { getTranslations } from "next-intl/server";
import type { MessageKey } from "@/lib/i18n/messages";

export type FormState = (ActionResult<{ submitted?: boolean }> & { values?: Record<string, string> }) | null;

/** A form's text fields (React's own $-prefixed fields left out). */
export const formValues = (formData: FormData): Record<string, string> =>
  Object.fromEntries(
    [...formData.entries()]
      .filter(([k, v]) => typeof v === "string" && !k.startsWith("$"))
      .map(([k, v]) => [k, String(v)]),
  );

/**
 * The body of a useActionState form action: the form's text values (returned
 * so nothing typed is lost), the session, the shared zod schema, then the
 * mutation (which checks the permission first), then revalidation.
 */
export async function handleForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  mutate: (actor: Actor, input: z.infer<S>) => Promise<unknown>,
  revalidate: string,
): Promise<FormState> {
  return handle(
    formData,
    schema,
    async (input) => {
      const actor = await getActor();
      if (!actor) throw new UnauthenticatedError();
      await mutate(actor, input);
    },
    revalidate,
  );
}

/**
 * The same for a form with repeated rows ("sections.3.heading"): `shape`
 * turns the posted fields into the nested input the schema reads. The flat
 * values still come back, so every row keeps what was typed.
 */
export async function handleRowsForm<S extends z.ZodType>(
  formData: FormData,
  shape: (formData: FormData) => unknown,
  schema: S,
  mutate: (actor: Actor, input: z.infer<S>) => Promise<unknown>,
  revalidate: string,
): Promise<FormState> {
  return handle(
    formData,
    schema,
    async (input) => {
      const actor = await getActor();
      if (!actor) throw new UnauthenticatedError();
      await mutate(actor, input);
    },
    revalidate,
    shape(formData),
  );
}

/** The same for a form whose authority is not a session (an applicant's private link, checked by the mutation). */
export async function handlePublicForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  mutate: (input: z.infer<S>) => Promise<unknown>,
  revalidate: string,
): Promise<FormState> {
  return handle(formData, schema, mutate, revalidate);
}

async function handle<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  mutate: (input: z.infer<S>) => Promise<unknown>,
  revalidate: string,
  input?: unknown,
): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction<{ submitted?: boolean }>(async () => {
    const parsed = schema.safeParse(input ?? values);
    if (!parsed.success) {
      const t = await getTranslations();
      return {
        ok: false,
        message: t("errors.validation"),
        fieldErrors: fieldErrorsFrom(parsed.error.issues, (k) => t(k as MessageKey)),
      };
    }
    await mutate(parsed.data);
    // Whatever the action queued (a decision, a question to the applicant) is sent after the response.
    deliverSoon();
    revalidatePath(revalidate, "layout");
    return { ok: true, data: {} };
  });
  return { ...result, values };
}
