import { z } from "zod";

// Shared by the scoring forms and the server. Messages are translation keys.

/**
 * One criterion's row of the score sheet as posted: `scores.0.value` is the
 * chosen step ("1".."10"), "na" for not applicable, or nothing yet.
 */
const scoreRowSchema = z
  .object({
    criterionId: z.string().min(1),
    value: z
      .string()
      .nullish()
      .refine((v) => !v || v === "na" || /^\d{1,2}$/.test(v), "scoring.outOfScale"),
    comment: z.string().max(2000, "scoring.commentTooLong").default(""),
  })
  .transform(({ criterionId, value, comment }) => ({
    criterionId,
    value: !value || value === "na" ? null : Number(value),
    notApplicable: value === "na",
    comment,
  }));

/** The score sheet: the pressed button says whether it is saved as a draft or submitted. */
export const scoreSheetSchema = z
  .object({
    applicationId: z.string().min(1),
    intent: z.enum(["save", "submit"]).default("save"),
    scores: z.array(scoreRowSchema).max(50).default([]),
  })
  .transform(({ applicationId, intent, scores }) => ({ applicationId, submit: intent === "submit", scores }));
export type ScoreSheetInput = z.output<typeof scoreSheetSchema>;

export const conflictGrounds = [
  "PERSONAL_INTEREST",
  "FAMILY",
  "LEADING_ROLE",
  "OTHER_PARTY_INTEREST",
  "OTHER_DOUBT",
] as const;
export type ConflictGround = (typeof conflictGrounds)[number];

export const declareConflictSchema = z.object({
  applicationId: z.string().min(1),
  ground: z.enum(conflictGrounds, { message: "conflict.groundRequired" }),
  description: z.string().trim().min(5, "conflict.descriptionRequired").max(2000, "conflict.descriptionTooLong"),
});
export type DeclareConflictInput = z.infer<typeof declareConflictSchema>;

export const ruleConflictSchema = z.object({
  declarationId: z.string().min(1),
  excluded: z.enum(["yes", "no"], { message: "conflict.rulingRequired" }),
  reason: z.string().trim().min(10, "conflict.reasonRequired").max(4000, "conflict.descriptionTooLong"),
});
export type RuleConflictInput = z.infer<typeof ruleConflictSchema>;

export const reopenSheetSchema = z.object({
  applicationId: z.string().min(1),
  userId: z.string().min(1),
  reason: z.string().trim().min(10, "scoring.reopenReasonRequired").max(2000, "conflict.descriptionTooLong"),
});
export type ReopenSheetInput = z.infer<typeof reopenSheetSchema>;
