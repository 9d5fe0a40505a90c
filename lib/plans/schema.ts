import { z } from "zod";
import { versionField } from "@/lib/actions/version";

// A committee's district plans and their goals, shared by the browser and the server. Messages are keys.
export const planKinds = ["BYDELSPLAN", "KVARTERPLAN", "PROGRAM", "OTHER"] as const;

const year = z
  .string()
  .trim()
  .refine((v) => /^\d{4}$/.test(v) && Number(v) >= 1990 && Number(v) <= 2100, "plansAdmin.yearInvalid");

export const planFormSchema = z
  .object({
    committeeId: z.string().min(1),
    planId: z.string().optional().default(""),
    version: versionField.default(0),
    title: z.string().trim().min(3, "plansAdmin.titleRequired").max(200, "plansAdmin.tooLong"),
    kind: z.enum(planKinds, { message: "plansAdmin.kindRequired" }),
    startYear: year,
    endYear: year,
  })
  .refine((p) => Number(p.endYear) >= Number(p.startYear), { path: ["endYear"], message: "plansAdmin.endBeforeStart" });
export type PlanFormInput = z.infer<typeof planFormSchema>;

export const goalFormSchema = z.object({
  planId: z.string().min(1),
  goalId: z.string().optional().default(""),
  version: versionField.default(0),
  code: z
    .string()
    .trim()
    .min(1, "plansAdmin.codeRequired")
    .max(20, "plansAdmin.tooLong")
    .regex(/^[\p{L}\p{N}._-]+$/u, "plansAdmin.codeInvalid"),
  title: z.string().trim().min(2, "plansAdmin.goalTitleRequired").max(200, "plansAdmin.tooLong"),
  description: z.string().trim().max(2000, "plansAdmin.tooLong"),
});
export type GoalFormInput = z.infer<typeof goalFormSchema>;

/** Retire, reinstate, or delete a goal never used. */
export const goalStateSchema = z.object({
  goalId: z.string().min(1),
  version: versionField,
  to: z.enum(["retired", "active", "deleted"]),
});
export type GoalStateInput = z.infer<typeof goalStateSchema>;
