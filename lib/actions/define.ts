import "server-only";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { assertCan, ForbiddenError, UnauthenticatedError, type Actor, type Permission } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { formatKr } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n/messages";
import { deliverSoon } from "@/lib/mail/outbox";
import { componentLog } from "@/lib/ops/log";
import { requestIdHeader } from "@/lib/ops/model";
import { decodeForm, withoutNul } from "./decode";
import { ConflictError, NotFoundError, UserError, ValidationError, type FieldParams } from "./errors";
import type { ActionCode, ActionState, FormAction, PostedValues } from "./state";

/** Fields never sent back to the browser with a refused form. */
const secretFields = ["password", "passwordAgain", "newPassword", "currentPassword", "code"];

type Spec<S extends z.ZodType, T, P extends Permission | null> = {
  /** The form's zod schema: the same one its react-hook-form resolver uses. */
  schema: S;
  /**
   * Checked before anything is parsed. `null` means the action is public: it
   * needs no session (applying, the applicant's private link, logging in), and
   * `run` or its mutation checks whatever authority the input carries.
   * The mutation checks the permission again for the committee in question.
   */
  permission: P;
  /** Posted fields → what the schema reads; by default the fields nested by their dotted names. */
  decode?: (formData: FormData) => unknown;
  run: (
    input: z.output<S>,
    ctx: { actor: P extends Permission ? Actor : Actor | null; formData: FormData },
  ) => Promise<T>;
  /** The route whose layout shows what changed. */
  revalidate?: string;
};

/**
 * The one way to write a server action: session → permission → zod →
 * mutation → revalidate, with every expected failure turned into a message in
 * the user's language (`code` says which kind), and what was typed sent back
 * so a form rendered without JavaScript keeps it.
 */
export function defineAction<S extends z.ZodType, T = null, P extends Permission | null = Permission>(
  spec: Spec<S, T, P>,
): FormAction<T> {
  async function action(first: ActionState<T> | FormData, second?: FormData): Promise<ActionState<T>> {
    const formData = withoutNul(first instanceof FormData ? first : (second ?? new FormData()));
    // What was typed goes back with a refusal, passwords and codes left out.
    const values = decodeForm(formData, secretFields);
    const raw = spec.decode ? spec.decode(formData) : decodeForm(formData);
    const t = await getTranslations();
    try {
      const actor = await getActor();
      if (spec.permission !== null) assertCan(actor, spec.permission);
      const parsed = spec.schema.safeParse(raw);
      if (!parsed.success) {
        return refused(
          "validation",
          t("errors.validation"),
          values,
          fieldErrorsOf(parsed.error.issues, (k) => t.has(k as MessageKey)),
        );
      }
      const data = await spec.run(parsed.data, { actor: actor as never, formData });
      // Whatever the action queued (a decision's letter, a question to the applicant) is sent after the response.
      deliverSoon();
      if (spec.revalidate) revalidatePath(spec.revalidate, "layout");
      return { ok: true, data, values };
    } catch (error) {
      // An action that ends by redirecting (logging in, a finished set-up) has still changed what layouts show.
      if (spec.revalidate && isRedirect(error)) revalidatePath(spec.revalidate, "layout");
      unstable_rethrow(error);
      if (error instanceof UnauthenticatedError || error instanceof ForbiddenError)
        return refused("forbidden", t("errors.forbiddenText"), values);
      if (error instanceof ConflictError) return refused("conflict", t("errors.conflict"), values);
      if (error instanceof UserError)
        return refused("refused", t(error.messageKey as MessageKey, error.params), values);
      if (error instanceof ValidationError) {
        const state = refused<T>(
          "validation",
          t("errors.validation"),
          values,
          error.fieldErrors as Record<string, MessageKey>,
        );
        const params = await writtenParams(error.fieldParams);
        return params && state && !state.ok ? { ...state, fieldParams: params } : state;
      }
      if (error instanceof NotFoundError) return refused("notFound", t("errors.notFoundTitle"), values);
      const id = randomUUID().slice(0, 8);
      // The id the user sees, beside the request's id (its request line, its x-request-id header).
      const requestId = await Promise.resolve()
        .then(async () => (await headers()).get(requestIdHeader))
        .catch(() => null);
      componentLog("action").error({ errorId: id, requestId, err: error }, "action failed");
      return refused("error", t("errors.generic", { id }), values);
    }
  }
  return action as FormAction<T>;
}

/** A field message's arguments with its amounts written in kroner in the user's language; none when it has none. */
async function writtenParams(params: FieldParams) {
  const fields = Object.entries(params);
  if (fields.length === 0) return undefined;
  const locale = await getLocale();
  const lang = isLocale(locale) ? locale : "da";
  return Object.fromEntries(
    fields.map(([field, args]) => [
      field,
      Object.fromEntries(
        Object.entries(args ?? {}).map(([k, v]) => [k, typeof v === "object" ? formatKr(v.ore, lang) : v]),
      ),
    ]),
  );
}

const isRedirect = (error: unknown) =>
  typeof error === "object" &&
  error !== null &&
  String((error as { digest?: unknown }).digest).startsWith("NEXT_REDIRECT");

function refused<T>(
  code: ActionCode,
  message: string,
  values: PostedValues,
  fieldErrors?: Partial<Record<string, MessageKey>>,
): ActionState<T> {
  return { ok: false, code, message, fieldErrors, values };
}

/**
 * zod issues → the first message key per field ("budget.1.amount"). Our
 * schemas carry message keys; zod's own wording (a shape nobody can type in
 * the form, e.g. a missing hidden field) becomes the general "check the field".
 */
function fieldErrorsOf(issues: readonly z.core.$ZodIssue[], known: (key: string) => boolean) {
  const out: Partial<Record<string, MessageKey>> = {};
  for (const issue of issues) {
    const name = issue.path.map(String).join(".");
    if (name && !(name in out))
      out[name] = known(issue.message) ? (issue.message as MessageKey) : "common.invalidField";
  }
  return out;
}
