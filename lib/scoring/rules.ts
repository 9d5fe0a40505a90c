// Pure checks of a score sheet against the rubric.
export type RubricCriterion = { id: string; scaleMin: number; scaleMax: number; allowNotApplicable: boolean };
export type Entry = { criterionId: string; value: number | null; notApplicable: boolean };

/** Field errors by criterion id (translation keys); empty when the sheet is valid. */
export function checkScoreSheet(criteria: readonly RubricCriterion[], entries: readonly Entry[], submit: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  const byId = new Map(criteria.map((c) => [c.id, c]));
  for (const e of entries) {
    const c = byId.get(e.criterionId);
    if (!c) errors[e.criterionId] = "scoring.unknownCriterion";
    else if (e.notApplicable && !c.allowNotApplicable) errors[e.criterionId] = "scoring.naNotAllowed";
    else if (e.notApplicable && e.value !== null) errors[e.criterionId] = "scoring.naWithValue";
    else if (e.value !== null && (e.value < c.scaleMin || e.value > c.scaleMax)) errors[e.criterionId] = "scoring.outOfScale";
  }
  if (submit) {
    for (const c of criteria) {
      const e = entries.find((x) => x.criterionId === c.id);
      if (!errors[c.id] && (!e || (e.value === null && !e.notApplicable))) errors[c.id] = "scoring.required";
    }
  }
  return errors;
}
