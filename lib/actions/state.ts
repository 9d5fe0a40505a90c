// What every server action answers, and what every form reads. Safe on the client.
import type { MessageKey } from "@/lib/i18n/messages";

/** Why an action refused: the form decides what to show for each (the project editor keeps a conflict's draft). */
export type ActionCode = "validation" | "conflict" | "refused" | "forbidden" | "notFound" | "error";

/** The posted values, nested as the schema reads them ("budget.1.label" → budget[1].label). */
export type PostedValues = Record<string, unknown>;

export type ActionState<T = null> =
  | { ok: true; data: T; values?: PostedValues }
  | {
      ok: false;
      code: ActionCode;
      /** In the user's language. */
      message: string;
      /** Field ("budget.1.label") → message key; the form translates it next to the field and in its summary. */
      fieldErrors?: Partial<Record<string, MessageKey>>;
      /** Field → the arguments of its message (amounts already written in the user's language). */
      fieldParams?: Partial<Record<string, Record<string, string | number>>>;
      values?: PostedValues;
    }
  | null;

/**
 * A server action built by `defineAction`: a form hook calls it as
 * (previous, formData); a plain `<form action>` calls it with the form data alone.
 */
export type FormAction<T = null> = {
  (previous: ActionState<T>, formData: FormData): Promise<ActionState<T>>;
  (formData: FormData): Promise<ActionState<T>>;
};
