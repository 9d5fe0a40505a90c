import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { getCallTitle } from "@/lib/calls/queries";
import type { MessageKey } from "@/lib/i18n/messages";

/**
 * A call page's title names the call ("Rangering · Pulje til gårdfester 2027");
 * for someone who may not read it, only the section (the page itself answers 404).
 */
export async function callPageTitle(callId: string, section?: MessageKey): Promise<Metadata> {
  const [t, actor] = await Promise.all([getTranslations(), getActor()]);
  const call = actor ? await getCallTitle(actor, callId) : null;
  const parts = [section ? t(section) : null, call ?? (section ? null : t("nav.calls"))].filter(Boolean);
  return { title: parts.join(" · ") };
}
