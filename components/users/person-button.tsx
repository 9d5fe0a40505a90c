"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ActionForm, useActionForm } from "@/components/ui/form";
import {
  deactivateUserAction,
  endMembershipAction,
  endUserSessionAction,
  reactivateUserAction,
  resendInvitationAction,
  resetSecondFactorAction,
  setInstallationAdminAction,
} from "@/lib/users/actions";
import { installationAdminSchema, membershipIdSchema, sessionIdSchema, userIdSchema } from "@/lib/users/schema";

// The person page's one-button changes. Unlike a plain ButtonForm, each shows its refusal ("the committee's last
// administrator") where it was pressed.
const kinds = {
  deactivate: { action: deactivateUserAction, schema: userIdSchema },
  reactivate: { action: reactivateUserAction, schema: userIdSchema },
  resend: { action: resendInvitationAction, schema: userIdSchema },
  endMembership: { action: endMembershipAction, schema: membershipIdSchema },
  endSession: { action: endUserSessionAction, schema: sessionIdSchema },
  installationAdmin: { action: setInstallationAdminAction, schema: installationAdminSchema },
  resetSecondFactor: { action: resetSecondFactorAction, schema: userIdSchema },
} as const;

export function PersonButton({
  kind,
  fields,
  label,
  ariaLabel,
  done,
  variant = "secondary",
}: {
  kind: keyof typeof kinds;
  fields: Record<string, string>;
  label: string;
  ariaLabel?: string;
  /** Said after success, when the page itself does not show the change (a resent invitation). */
  done?: string;
  variant?: "primary" | "secondary";
}) {
  const t = useTranslations("people");
  const { action, schema } = kinds[kind];
  const f = useActionForm({ action: action as never, schema: schema as never, defaultValues: fields as never });
  return (
    <ActionForm handle={f} summary="people.errorSummary" className="inline-block">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} aria-label={ariaLabel} disabled={f.pending}>
        {label}
      </Button>
      {f.ok && done ? (
        <p role="status" className="mt-2">
          {done}
        </p>
      ) : null}
      {f.ok && !done ? <span className="sr-only">{t("roleSaved")}</span> : null}
    </ActionForm>
  );
}
