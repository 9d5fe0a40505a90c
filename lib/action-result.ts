// One result shape for every server action. Messages are already in the
// user's language; fieldErrors map a field name to its message.
export type FieldErrors = Record<string, string>;
export type ActionResult<T = null> = { ok: true; data: T } | { ok: false; message: string; fieldErrors?: FieldErrors };

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

/** An expected refusal with a message for the user (a translation key), e.g. "the deadline has passed". */
export class UserError extends Error {
  constructor(readonly messageKey: string) {
    super(messageKey);
    this.name = "UserError";
  }
}

/** Expected invalid input found by a mutation: field → translation key. */
export class ValidationError extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super("validation");
    this.name = "ValidationError";
  }
}

/** zod issues → the first message per field, translated. */
export function fieldErrorsFrom(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  t: (key: string) => string,
): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const name = issue.path.map(String).join(".");
    if (name && !(name in out)) out[name] = t(issue.message);
  }
  return out;
}
