"use client";
import { useLeaveWarning } from "@/components/ui/use-leave-warning";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { ProjectFormValues } from "@/lib/projects/editor-form";
import type { ProjectSaveInput } from "@/lib/projects/schema";

type Draft = { when: string; values: ProjectFormValues };
type EditorForm = UseFormReturn<ProjectFormValues, unknown, ProjectSaveInput>;

const subscribeNothing = () => () => {};

function parseDraft(stored: string | null): Draft | null {
  if (!stored) return null;
  try {
    const draft = JSON.parse(stored) as Partial<Draft>;
    return typeof draft.when === "string" && draft.values && typeof draft.values === "object" ? (draft as Draft) : null;
  } catch {
    return null;
  }
}

/**
 * Nothing typed is lost: every change is kept as a draft in this browser (per
 * project and version), a found draft is offered until the person edits, and
 * leaving with unsaved changes asks first. A refused or conflicting save keeps
 * the draft; a save clears it.
 */
export function useProjectDraft(form: EditorForm, key: string) {
  const dirty = form.formState.isDirty;
  const [dismissed, setDismissed] = useState(false);
  const stored = useSyncExternalStore(
    subscribeNothing,
    () => window.localStorage.getItem(key),
    () => null,
  );
  const draft = useMemo(() => parseDraft(stored), [stored]);

  useEffect(() => {
    const subscription = form.watch((values, { name }) => {
      // A reset (after a save, or restoring the draft) names no field and is not an edit.
      if (name === undefined) return;
      window.localStorage.setItem(key, JSON.stringify({ when: new Date().toISOString(), values }));
    });
    return () => subscription.unsubscribe();
  }, [form, key]);

  useLeaveWarning(dirty);

  const forget = () => {
    window.localStorage.removeItem(key);
    setDismissed(true);
  };
  return {
    dirty,
    /** A draft from an earlier visit, offered while nothing has been changed yet. */
    found: draft && !dismissed && !dirty ? draft : null,
    restore: () => {
      if (!draft) return;
      // The draft's rows, over the version this editor saves against.
      const { projectId, version } = form.getValues();
      form.reset({ ...draft.values, projectId, version }, { keepDefaultValues: true });
      setDismissed(true);
    },
    discard: forget,
    clear: forget,
  };
}
