import { z } from "zod";
import { versionField } from "@/lib/actions/version";
import { parseKroner } from "@/lib/applications/model";
import { parseDuration } from "./model";

// A project's expenses and hours, and a committee's capacity: shared by the browser and the server. Messages are keys
// in the "projectMoney" namespace. Amounts are typed the Danish way ("1.250,50") and kept in øre.

const isoDate = (message: string) =>
  z
    .string()
    .trim()
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(new Date(`${v}T12:00:00Z`).getTime()), message);

const id = z.string().trim().max(64);

export const expenseSchema = z.object({
  projectId: id.min(1),
  budgetLineId: id.min(1, "projectMoney.lineRequired"),
  // Empty: the year of the expense's date if the project has money that year, else its first funds year.
  decisionYearId: id.default(""),
  amount: z
    .string()
    .trim()
    .max(30, "projectMoney.amountInvalid")
    .refine((v) => v !== "", "projectMoney.amountRequired")
    .refine((v) => v === "" || !v.startsWith("-"), "projectMoney.amountNegative")
    .refine((v) => v === "" || v.startsWith("-") || (parseKroner(v) ?? 0) > 0, "projectMoney.amountInvalid"),
  spentOn: isoDate("projectMoney.dateInvalid"),
  description: z.string().trim().min(2, "projectMoney.descriptionRequired").max(500, "projectMoney.tooLong"),
});
export type ExpenseInput = z.infer<typeof expenseSchema>;

export const deleteExpenseSchema = z.object({ expenseId: id.min(1) });

export const hoursSchema = z.object({
  projectId: id.min(1),
  userId: id.min(1, "projectMoney.personRequired"),
  workedOn: isoDate("projectMoney.dateInvalid"),
  duration: z
    .string()
    .trim()
    .max(10, "projectMoney.durationInvalid")
    .refine((v) => parseDuration(v) !== null, "projectMoney.durationInvalid"),
  note: z.string().trim().max(500, "projectMoney.tooLong").default(""),
});
export type HoursInput = z.infer<typeof hoursSchema>;

export const deleteHoursSchema = z.object({ hoursId: id.min(1) });

export const capacitySchema = z.object({
  committeeId: id.min(1),
  // 0 for a year with no capacity entered yet.
  version: versionField.default(0),
  year: z
    .string()
    .trim()
    .refine((v) => /^\d{4}$/.test(v) && Number(v) >= 2000 && Number(v) <= 2100, "projectMoney.yearInvalid"),
  hours: z
    .string()
    .trim()
    .refine((v) => /^\d{1,6}$/.test(v) && Number(v) <= 100_000, "projectMoney.hoursInvalid"),
});
export type CapacityInput = z.infer<typeof capacitySchema>;
