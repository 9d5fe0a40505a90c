import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { ConflictError, NotFoundError, UserError, ValidationError } from "./actions/errors";
import type { ActionResult } from "./actions/legacy";
import { ForbiddenError, UnauthenticatedError } from "./auth/permissions";
import { getTranslations } from "next-intl/server";
import type { MessageKey } from "./i18n/messages";

/**
 * Runs an action body and turns expected failures into messages in the
 * user's language. Anything unexpected is logged with an id the user sees.
 */
export async function runAction<T>(body: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  const t = await getTranslations();
  try {
    return await body();
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof UnauthenticatedError || error instanceof ForbiddenError)
      return { ok: false, message: t("errors.forbiddenText") };
    if (error instanceof ConflictError) return { ok: false, message: t("errors.conflict") };
    if (error instanceof UserError) return { ok: false, message: t(error.messageKey as MessageKey, error.params) };
    if (error instanceof ValidationError) {
      const fieldErrors = Object.fromEntries(
        Object.entries(error.fieldErrors).map(([k, v]) => [k, t(v as MessageKey)]),
      );
      return { ok: false, message: t("errors.validation"), fieldErrors };
    }
    if (error instanceof NotFoundError) return { ok: false, message: t("errors.notFoundTitle") };
    const id = randomUUID().slice(0, 8);
    console.error(`[action ${id}]`, error);
    return { ok: false, message: t("errors.generic", { id }) };
  }
}
