import { z } from "zod";
import { versionField } from "@/lib/actions/version";
import { parseKroner } from "@/lib/applications/model";

// A committee's pools and their funds years, shared by the browser and the server. Messages are keys.
// Amounts are typed the Danish way ("400.000", "400.000 kr.") and kept in øre.
const kroner = (required: boolean) =>
  z
    .string()
    .trim()
    .max(30, "poolsAdmin.amountInvalid")
    .refine(
      (v) => (v === "" ? !required : parseKroner(v) !== null),
      required ? "poolsAdmin.amountRequired" : "poolsAdmin.amountInvalid",
    );

const wholeNumber = (min: number, max: number, message: string, required: boolean) =>
  z
    .string()
    .trim()
    .refine((v) => (v === "" ? !required : /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max), message);

export const poolFormSchema = z.object({
  committeeId: z.string().min(1),
  poolId: z.string().optional().default(""),
  version: versionField.default(0),
  name: z.string().trim().min(2, "poolsAdmin.nameRequired").max(200, "poolsAdmin.tooLong"),
  description: z.string().trim().max(4000, "poolsAdmin.tooLong"),
  rules: z.string().trim().max(8000, "poolsAdmin.tooLong"),
  ceiling: kroner(false),
  advanceSharePct: wholeNumber(0, 100, "poolsAdmin.percentInvalid", false),
  auditorLimit: kroner(false),
  accountsDeadlineMonths: wholeNumber(0, 36, "poolsAdmin.monthsInvalid", true),
});
export type PoolFormInput = z.infer<typeof poolFormSchema>;

export const poolYearSchema = z.object({
  poolId: z.string().min(1),
  year: wholeNumber(2000, 2100, "poolsAdmin.yearInvalid", true),
  budget: kroner(true),
  note: z.string().trim().max(500, "poolsAdmin.tooLong"),
});
export type PoolYearInput = z.infer<typeof poolYearSchema>;

/** A changed budget says why. */
export const poolBudgetSchema = z.object({
  poolYearId: z.string().min(1),
  version: versionField,
  budget: kroner(true),
  note: z.string().trim().min(2, "poolsAdmin.noteRequired").max(500, "poolsAdmin.tooLong"),
});
export type PoolBudgetInput = z.infer<typeof poolBudgetSchema>;
