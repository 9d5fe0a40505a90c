import "server-only";
import type { Tx } from "@/lib/db";
import { isLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { queueMail } from "@/lib/mail/outbox";
import { siteUrl } from "@/lib/installation/site";

// The mails of people and passwords, written from the catalogue in the recipient's language (Danish by default).

const translator = (locale?: string | null) => translatorFor(locale && isLocale(locale) ? locale : "da");

type Recipient = { email: string; name: string; locale?: string | null };

export async function mailInvitation(tx: Tx, to: Recipient, token: string, committee: string, inviter: string) {
  const t = translator(to.locale);
  const link = `${await siteUrl(tx)}/invitation/${token}`;
  await queueMail(tx, {
    to: to.email,
    subject: t("people.inviteMailSubject", { committee }),
    body: [
      t("people.inviteMailBody", { name: to.name, committee, inviter }),
      "",
      link,
      "",
      t("people.inviteMailOutro"),
    ].join("\n"),
    kind: "user-invitation",
    // Stored masked; the working link is sealed until delivery (lib/mail/seal.ts).
    secret: token,
  });
}

export async function mailRoleAdded(tx: Tx, to: Recipient, committee: string, role: string) {
  const t = translator(to.locale);
  await queueMail(tx, {
    to: to.email,
    subject: t("people.roleMailSubject", { committee }),
    body: [t("people.roleMailBody", { name: to.name, committee, role }), "", `${await siteUrl(tx)}/login`].join("\n"),
    kind: "user-role-added",
  });
}

export async function mailPasswordReset(tx: Tx, to: Recipient, token: string) {
  const t = translator(to.locale);
  await queueMail(tx, {
    to: to.email,
    subject: t("passwordReset.mailSubject"),
    body: [
      t("passwordReset.mailBody", { name: to.name }),
      "",
      `${await siteUrl(tx)}/login/reset/${token}`,
      "",
      t("passwordReset.mailOutro"),
    ].join("\n"),
    kind: "password-reset",
    secret: token,
  });
}

/** A role's name in the recipient's language, for the mail. */
export const roleLabel = (role: "ADMIN" | "SECRETARIAT" | "MEMBER" | "OBSERVER", locale?: string | null) =>
  translator(locale)(`roles.${role}`);
