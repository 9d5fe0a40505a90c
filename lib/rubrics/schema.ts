import { z } from "zod";
import { checkbox } from "@/lib/calls/schema";
import { parseSteps, validScale } from "./model";

// The rubric form, shared by the browser and the server. Messages are translation keys.
export const criterionSchema = z
  .object({
    id: z.string().optional().default(""),
    title: z.string().trim().min(2, "rubric.titleRequired").max(200, "rubric.tooLong"),
    description: z.string().trim().max(2000, "rubric.tooLong").default(""),
    planGoalId: z.string().optional().default(""),
    weight: z.coerce
      .number({ message: "rubric.weightRange" })
      .int("rubric.weightRange")
      .min(1, "rubric.weightRange")
      .max(100, "rubric.weightRange"),
    scaleMin: z.coerce.number({ message: "rubric.scaleInvalid" }).int("rubric.scaleInvalid"),
    scaleMax: z.coerce.number({ message: "rubric.scaleInvalid" }).int("rubric.scaleInvalid"),
    allowNotApplicable: checkbox,
    steps: z.string().max(4000, "rubric.tooLong").default(""),
  })
  .refine((c) => validScale(c.scaleMin, c.scaleMax), { path: ["scaleMax"], message: "rubric.scaleInvalid" })
  .refine((c) => !validScale(c.scaleMin, c.scaleMax) || parseSteps(c.steps, c.scaleMin, c.scaleMax) !== null, {
    path: ["steps"],
    message: "rubric.stepsInvalid",
  });

export const rubricFormSchema = z.object({
  rubricId: z.string().optional().default(""),
  committeeId: z.string().min(1, "rubric.committeeRequired"),
  name: z.string().trim().min(2, "rubric.nameRequired").max(200, "rubric.tooLong"),
  criteria: z.array(criterionSchema).min(1, "rubric.criteriaRequired").max(30, "rubric.tooLong"),
});
export type RubricFormInput = z.infer<typeof rubricFormSchema>;

/** A copy of a locked rubric, under a new name. */
export const copyRubricSchema = z.object({
  rubricId: z.string().min(1),
  name: z.string().trim().min(2, "rubric.nameRequired").max(200, "rubric.tooLong"),
});
