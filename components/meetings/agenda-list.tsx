import { getTranslations } from "next-intl/server";
import type { getMeetingPage } from "@/lib/meetings/queries";
import { MoveButton, RemoveItemButton } from "./agenda-buttons";
import { ItemForm } from "./item-form";

type Page = NonNullable<Awaited<ReturnType<typeof getMeetingPage>>>;

/** The agenda: numbered items with their case, recommendation, attachments, who leaves the room, and (for the
 * secretariat, while the agenda is open) the buttons to move, edit and remove them. */
export async function AgendaList({ page }: { page: Page }) {
  const t = await getTranslations("meetings");
  const writable = page.canManage && page.agendaOpen;
  if (page.items.length === 0) return <p className="mb-6">{t("agenda.none")}</p>;
  return (
    <ol className="mb-8 space-y-6 list-none p-0">
      {page.items.map((item, i) => (
        <li key={item.id} className="border-l-4 border-brand-700 pl-4" data-testid="agenda-item">
          <h3 className="text-xl font-semibold">{t("agenda.numbered", { number: item.number, title: item.title })}</h3>
          <p className="text-sm text-muted mb-2">{t(`agenda.itemKinds.${item.kind}`)}</p>
          {item.lateReason ? <p className="italic mb-2">{t("agenda.late", { reason: item.lateReason })}</p> : null}
          {item.conflicts.map((name) => (
            <p key={name} className="font-semibold mb-2">
              {t("agenda.leavesRoom", { name })}
            </p>
          ))}
          {item.body ? (
            <>
              <h4 className="font-semibold">{t("agenda.case")}</h4>
              <p className="whitespace-pre-line mb-2">{item.body}</p>
            </>
          ) : null}
          {item.recommendation ? (
            <>
              <h4 className="font-semibold">{t("agenda.recommendation")}</h4>
              <p className="whitespace-pre-line mb-2">{item.recommendation}</p>
            </>
          ) : null}
          {item.attachments.length > 0 ? (
            <>
              <h4 className="font-semibold">{t("agenda.attachments")}</h4>
              <ul className="list-disc pl-6 mb-2">
                {item.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={`/api/attachments/${a.id}`} className="underline">
                      {a.filename}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {writable ? (
            <div className="flex flex-wrap gap-2 items-start mt-2">
              {i > 0 ? <MoveButton itemId={item.id} title={item.title} order={page.order} direction="up" /> : null}
              {i < page.items.length - 1 ? (
                <MoveButton itemId={item.id} title={item.title} order={page.order} direction="down" />
              ) : null}
              {item.hasDecision ? null : (
                <RemoveItemButton itemId={item.id} version={item.version} title={item.title} />
              )}
            </div>
          ) : null}
          {writable ? (
            <details className="mt-2">
              <summary className="cursor-pointer underline">{t("agenda.editFor", { title: item.title })}</summary>
              <div className="mt-2">
                <ItemForm item={item} />
              </div>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
