"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ActionForm, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { moveItemAction, removeItemAction, sendAgendaAction } from "@/lib/meetings/actions";
import { itemRefSchema, meetingRefSchema, moveItemSchema } from "@/lib/meetings/schema";

/**
 * "Flyt op" / "Flyt ned" for one item, from the keyboard; the order the page showed goes with it, so a stale view
 * gets the conflict message instead of a silent reorder.
 */
export function MoveButton({
  itemId,
  title,
  order,
  direction,
}: {
  itemId: string;
  title: string;
  order: string;
  direction: "up" | "down";
}) {
  const t = useTranslations("meetings");
  const f = useActionForm({
    action: moveItemAction,
    schema: moveItemSchema,
    idPrefix: `move-${direction}-${itemId}-`,
    defaultValues: { itemId, direction, order },
  });
  const label = t(direction === "up" ? "agenda.moveUp" : "agenda.moveDown", { title });
  return (
    <ActionForm handle={f} className="inline" aria-label={label}>
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="direction" value={direction} />
      <input type="hidden" name="order" value={order} />
      <Button type="submit" variant="secondary" className="text-sm" aria-label={label} disabled={f.pending}>
        {direction === "up" ? "↑" : "↓"} {t(direction === "up" ? "agenda.moveUpShort" : "agenda.moveDownShort")}
      </Button>
    </ActionForm>
  );
}

/** "Send dagsorden" (or "… igen"): one mail per invited attendee, and the meeting is "agenda sent". */
export function SendAgendaForm({ meetingId, version, again }: { meetingId: string; version: number; again: boolean }) {
  const t = useTranslations("meetings");
  const f = useActionForm({
    action: sendAgendaAction,
    schema: meetingRefSchema,
    idPrefix: "send-",
    defaultValues: { meetingId, version },
  });
  return (
    <ActionForm handle={f} aria-label={t(again ? "agenda.sendAgain" : "agenda.send")}>
      {f.state?.ok ? <Notice>{t("agenda.sentTo", { count: f.state.data.sent })}</Notice> : null}
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" disabled={f.pending}>
        {t(again ? "agenda.sendAgain" : "agenda.send")}
      </Button>
    </ActionForm>
  );
}

/** Removes an item (soft delete); a refusal (it got a decision, a stale view) is said next to the button. */
export function RemoveItemButton({ itemId, version, title }: { itemId: string; version: number; title: string }) {
  const t = useTranslations("meetings");
  const f = useActionForm({
    action: removeItemAction,
    schema: itemRefSchema,
    idPrefix: `remove-${itemId}-`,
    defaultValues: { itemId, version },
  });
  const label = t("agenda.remove", { title });
  return (
    <ActionForm handle={f} className="inline" aria-label={label}>
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" variant="secondary" className="text-sm" aria-label={label} disabled={f.pending}>
        {t("agenda.removeShort")}
      </Button>
    </ActionForm>
  );
}
