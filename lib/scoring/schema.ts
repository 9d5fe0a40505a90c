import { z } from "zod";

// Shared by the scoring form and the server. Messages are translation keys.
export const scoreEntrySchema = z.object({
  criterionId: z.string().min(1),
  value: z.number().int().nullable(),
  notApplicable: z.boolean(),
  comment: z.string().max(2000, "scoring.commentTooLong"),
});

export const scoreSheetSchema = z.object({
  applicationId: z.string().min(1),
  submit: z.boolean(),
  scores: z.array(scoreEntrySchema).max(50),
});
export type ScoreSheetInput = z.infer<typeof scoreSheetSchema>;

export const conflictGrounds = [
  "PERSONAL_INTEREST",
  "FAMILY",
  "LEADING_ROLE",
  "OTHER_PARTY_INTEREST",
  "OTHER_DOUBT",
] as const;

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
