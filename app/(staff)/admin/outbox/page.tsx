import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { listOutbox } from "@/lib/applications/queries";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("outbox.title") };
}

/** Mail the app has sent, or would have sent without SMTP settings (private links masked). */
export default async function OutboxPage() {
  const actor = await requirePermission("outbox:read", "/admin/outbox");
  const [t, locale, mails] = await Promise.all([getTranslations(), getLocale(), listOutbox(actor)]);
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-bold mb-2">{t("outbox.title")}</h1>
      <p className="mb-6 text-muted">{t("outbox.intro")}</p>
      {mails.length === 0 ? <p>{t("outbox.empty")}</p> : null}
      <ol className="space-y-4">
        {mails.map((m) => (
          <li key={m.id} className="border border-gray-300 rounded p-4" data-testid="mail">
            <h2 className="font-semibold">{m.subject}</h2>
            <p className="text-sm text-muted mb-2">
              {t("outbox.to")}: {m.toAddress} · {formatDateTime(m.createdAt, locale)} ·{" "}
              {m.sentAt
                ? t("outbox.sent")
                : m.error
                  ? `${t("outbox.failed")}: ${m.error}`
                  : m.nextAttemptAt
                    ? t("outbox.retrying", {
                        attempts: m.attempts,
                        at: formatDateTime(m.nextAttemptAt, locale),
                        error: m.lastError ?? "",
                      })
                    : t("outbox.notSent")}
            </p>
            <pre className="whitespace-pre-wrap font-sans">{m.body}</pre>
          </li>
        ))}
      </ol>
    </div>
  );
}
