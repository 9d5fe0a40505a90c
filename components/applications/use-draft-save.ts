"use client";
import { useTranslations } from "next-intl";
import { unstable_rethrow } from "next/navigation";
import { useState, useTransition, type MouseEvent } from "react";
import { saveDraftAction } from "@/lib/applications/actions";
import type { ActionState } from "@/lib/actions/state";
import type { ApplicationFormHandle } from "./use-application-form";

type Saved = ActionState<{ link: string | null; token: string }>;

/**
 * The application form's second action: "save as draft" sends the same
 * form's FormData (without the files: a draft keeps none) to its own action,
 * which checks only the e-mail the link goes to. The first save mails the
 * private link; the form then keeps the draft's token, so later saves and
 * the final submit continue the same draft.
 */
export function useDraftSave(f: ApplicationFormHandle) {
  const t = useTranslations("apply");
  const [pending, startTransition] = useTransition();
  const [note, setNote] = useState<string>();
  const [message, setMessage] = useState<string>();

  function save(event: MouseEvent<HTMLButtonElement>) {
    const form = event.currentTarget.form;
    if (!form) return;
    const data = new FormData(form);
    data.delete("attachments");
    setNote(undefined);
    setMessage(undefined);
    startTransition(async () => {
      let saved: Saved;
      try {
        saved = await saveDraftAction(data);
      } catch (error) {
        unstable_rethrow(error);
        saved = { ok: false, code: "error", message: t("sendFailed") };
      }
      if (!saved) return;
      if (saved.ok) {
        f.form.clearErrors();
        f.form.setValue("draftToken", saved.data.token);
        const email = f.form.getValues("contactEmail");
        setNote(saved.data.link ? t("draftSavedLink", { email }) : t("draftSaved"));
        return;
      }
      const fieldErrors = Object.entries(saved.fieldErrors ?? {});
      for (const [name, key] of fieldErrors)
        if (key) f.form.setError(name as "contactEmail", { type: "server", message: key });
      if (fieldErrors.length === 0) setMessage(saved.message);
    });
  }

  const clear = () => {
    setNote(undefined);
    setMessage(undefined);
  };
  return { save, pending, note, message, clear };
}
