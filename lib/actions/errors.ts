// The expected failures a mutation throws. The action builder turns each into
// a message in the user's language (lib/actions/define.ts); anything else is
// logged with an id.
import type { MessageKey } from "@/lib/i18n/messages";

export class ConflictError extends Error {
  constructor(message = "conflict") {
    super(message);
    this.name = "ConflictError";
  }
}

export class NotFoundError extends Error {
  constructor(message = "not found") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** An expected refusal with a message for the user, e.g. "the deadline has passed". */
export class UserError extends Error {
  constructor(
    /** A message key (MessageKey); a string so pure models can name keys without importing the catalogue. */
    readonly messageKey: MessageKey | (string & {}),
    readonly params: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = "UserError";
  }
}

/** A field message's ICU arguments; `{ ore }` is an amount, written in kroner in the user's language. */
export type FieldParams = Partial<Record<string, Record<string, string | number | { ore: number }>>>;

/** Expected invalid input found by a mutation: field → message key (and, for a few messages, its arguments). */
export class ValidationError extends Error {
  constructor(
    readonly fieldErrors: Partial<Record<string, MessageKey | (string & {})>>,
    readonly fieldParams: FieldParams = {},
  ) {
    super("validation");
    this.name = "ValidationError";
  }
}
