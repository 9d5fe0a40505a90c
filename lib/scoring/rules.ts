// Pure checks of a score sheet against the rubric.
type RubricCriterion = { id: string; scaleMin: number; scaleMax: number; allowNotApplicable: boolean };
export type Entry = { criterionId: string; value: number | null; notApplicable: boolean };

/** Field errors by criterion id (translation keys); empty when the sheet is valid. */
export function checkScoreSheet(
  criteria: readonly RubricCriterion[],
  entries: readonly Entry[],
  submit: boolean,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const byId = new Map(criteria.map((c) => [c.id, c]));
  for (const e of entries) {
    const c = byId.get(e.criterionId);
    if (!c) errors[e.criterionId] = "scoring.unknownCriterion";
    else if (e.notApplicable && !c.allowNotApplicable) errors[e.criterionId] = "scoring.naNotAllowed";
    else if (e.notApplicable && e.value !== null) errors[e.criterionId] = "scoring.naWithValue";
    else if (e.value !== null && (e.value < c.scaleMin || e.value > c.scaleMax))
      errors[e.criterionId] = "scoring.outOfScale";
  }
  if (submit) {
    for (const c of criteria) {
      const e = entries.find((x) => x.criterionId === c.id);
      if (!errors[c.id] && (!e || (e.value === null && !e.notApplicable))) errors[c.id] = "scoring.required";
    }
  }
  return errors;
}

export type SheetEntry = Entry & { comment: string };

const blank = (e: SheetEntry) => e.value === null && !e.notApplicable && e.comment === "";
const entryKey = (e: SheetEntry) => `${e.criterionId}|${e.notApplicable ? "na" : (e.value ?? "")}|${e.comment}`;
const sameEntries = (a: readonly SheetEntry[], b: readonly SheetEntry[]) => {
  const keys = (xs: readonly SheetEntry[]) =>
    xs
      .filter((e) => !blank(e))
      .map(entryKey)
      .sort()
      .join("\n");
  return keys(a) === keys(b);
};

/**
 * What a save may do to a member's sheet. Submitting is final: in blind mode
 * it is what opens the others' scores, so a submitted sheet never changes
 * again unless the secretariat reopens it, with a reason. The same submit
 * sent twice (a double click, a retry) is a harmless repeat.
 */
export function sheetWrite(
  sheet: { submittedAt: Date | null } | null,
  stored: readonly SheetEntry[],
  incoming: readonly SheetEntry[],
  submit: boolean,
): "write" | "repeat" | "locked" {
  if (!sheet?.submittedAt) return "write";
  return submit && sameEntries(stored, incoming) ? "repeat" : "locked";
}

/** Reopening a sheet: only a submitted one, and the reason goes on the record. Field → translation key. */
export function checkReopen(sheet: { submittedAt: Date | null } | null, reason: string): Record<string, string> {
  if (!sheet?.submittedAt) return { reason: "scoring.notSubmitted" };
  if (reason.trim().length < 10) return { reason: "scoring.reopenReasonRequired" };
  return {};
}
