import { z } from "zod";
import { parseKroner } from "./model";

// The application form, shared by the browser and the server. Messages are translation keys.
const amount = z
  .string()
  .trim()
  .min(1, "apply.amountRequired")
  .refine((v) => parseKroner(v) !== null, "apply.amountInvalid");

export const budgetLineSchema = z.object({
  kind: z.enum(["expense", "income"]),
  label: z.string().trim().min(1, "apply.budgetLabelRequired").max(200, "apply.tooLong"),
  amount,
});

export const applicationFormSchema = z.object({
  callId: z.string().min(1),
  submitKey: z.string().uuid(),
  organisationName: z.string().trim().min(2, "apply.organisationRequired").max(200, "apply.tooLong"),
  organisationKind: z.enum(["ASSOCIATION", "INSTITUTION", "PRIVATE_PERSON", "OTHER"], { message: "apply.kindRequired" }),
  cvr: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{8}$/.test(v), "apply.cvrInvalid"),
  contactName: z.string().trim().min(2, "apply.contactRequired").max(200, "apply.tooLong"),
  contactEmail: z.string().trim().min(1, "apply.emailRequired").max(320, "apply.emailInvalid").pipe(z.email("apply.emailInvalid")),
  contactPhone: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\+?[\d\s-]{8,20}$/.test(v), "apply.phoneInvalid"),
  title: z.string().trim().min(3, "apply.titleRequired").max(200, "apply.tooLong"),
  description: z.string().trim().min(20, "apply.descriptionShort").max(3000, "apply.descriptionLong"),
  targetGroup: z.string().trim().min(2, "apply.targetRequired").max(500, "apply.tooLong"),
  periodText: z.string().trim().min(2, "apply.periodRequired").max(200, "apply.tooLong"),
  requested: amount,
  budget: z.array(budgetLineSchema).min(1, "apply.budgetRequired").max(40, "apply.tooLong"),
});
export type ApplicationFormInput = z.infer<typeof applicationFormSchema>;
export const descriptionMax = 3000;
