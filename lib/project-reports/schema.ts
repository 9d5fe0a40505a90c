import { z } from "zod";
import { checkbox } from "@/lib/calls/schema";

export const reportKinds = ["STATUS", "MIDTERM_EVALUATION", "FINAL_EVALUATION"] as const;

const id = z.string().trim().min(1).max(100);
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** A report the project's plan sets: its kind and due date. Written later. */
export const planReportSchema = z.object({
  projectId: id,
  kind: z.enum(reportKinds, "reminders.projectReports.kindRequired"),
  dueOn: z
    .string()
    .trim()
    .regex(isoDay, "reminders.projectReports.dueOnRequired")
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "reminders.projectReports.dueOnRequired"),
});
export type PlanReportInput = z.infer<typeof planReportSchema>;

/** Writing a planned report: the period it covers and the text. */
export const writeReportSchema = z.object({
  reportId: id,
  periodText: z.string().trim().max(200, "reminders.projectReports.periodTooLong"),
  text: z
    .string()
    .trim()
    .min(1, "reminders.projectReports.textRequired")
    .max(20_000, "reminders.projectReports.textTooLong"),
  /** Shown on the public initiative page of the project's calls. */
  published: checkbox,
});
export type WriteReportInput = z.infer<typeof writeReportSchema>;
