// TEMPORARY, removed before issue 11 closes: the old action result, kept only
// until every action goes through defineAction (lib/actions/define.ts).
export type FieldErrors = Record<string, string>;
export type ActionResult<T = null> = { ok: true; data: T } | { ok: false; message: string; fieldErrors?: FieldErrors };

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
