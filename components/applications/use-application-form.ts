"use client";
import { useActionForm } from "@/components/ui/form";
import { submitApplicationAction } from "@/lib/applications/actions";
import { applicationSubmitSchema, type ApplicationFormInput } from "@/lib/applications/schema";

export type ApplicationFormStart = {
  callId: string;
  /** Made by the page: the same key on every retry of this form, so a double click or a retry is one application. */
  submitKey: string;
  /** The private link's token when the form continues a saved draft. */
  draftToken?: string;
  initial?: Partial<Omit<ApplicationFormInput, "callId" | "submitKey" | "draftToken">>;
};

export const blankLine = (kind: "expense" | "income") => ({ kind, label: "", amount: "" });

/**
 * The application form's state: react-hook-form over the shared schema (and
 * the chosen files), sent as the form's own FormData to the submit action.
 * A refusal keeps every field and the chosen files; so does a request that
 * never reached the server (too large, or the connection dropped).
 */
export function useApplicationForm({ callId, submitKey, draftToken = "", initial }: ApplicationFormStart) {
  return useActionForm({
    action: submitApplicationAction,
    schema: applicationSubmitSchema,
    sendFailed: "apply.sendFailed",
    defaultValues: {
      organisationName: "",
      organisationKind: "ASSOCIATION",
      cvr: "",
      contactName: "",
      contactEmail: "",
      contactPhone: "",
      title: "",
      description: "",
      targetGroup: "",
      periodText: "",
      requested: "",
      budget: [blankLine("expense"), blankLine("income")],
      ...initial,
      callId,
      submitKey,
      draftToken,
    },
  });
}

export type ApplicationFormHandle = ReturnType<typeof useApplicationForm>;
