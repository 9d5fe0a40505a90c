"use server";
import { defineAction } from "@/lib/actions/define";
import { declareConflict, reopenScoreSheet, ruleConflict, saveScoreSheet } from "./mutations";
import { declareConflictSchema, reopenSheetSchema, ruleConflictSchema, scoreSheetSchema } from "./schema";

/** The score sheet posts natively (scores.N.criterionId/value/comment, and the pressed button's intent). */
export const saveScoresAction = defineAction({
  schema: scoreSheetSchema,
  permission: "application:score",
  revalidate: "/calls",
  run: (input, { actor }) => saveScoreSheet(actor, input),
});

export const declareConflictAction = defineAction({
  schema: declareConflictSchema,
  permission: "conflict:declare",
  revalidate: "/calls",
  run: async (input, { actor }) => {
    await declareConflict(actor, input);
    return null;
  },
});

export const ruleConflictAction = defineAction({
  schema: ruleConflictSchema,
  permission: "conflict:rule",
  revalidate: "/calls",
  run: async (input, { actor }) => {
    await ruleConflict(actor, input);
    return null;
  },
});

export const reopenScoreSheetAction = defineAction({
  schema: reopenSheetSchema,
  permission: "score:reopen",
  revalidate: "/calls",
  run: async (input, { actor }) => {
    await reopenScoreSheet(actor, input);
    return null;
  },
});
