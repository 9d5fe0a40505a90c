import { z } from "zod";
import { versionField } from "@/lib/actions/version";
import { committeeKinds, isCommitteeSlug } from "./model";

// The committee's forms, shared by the browser and the server. Messages are translation keys.
const text = (max: number) => z.string().trim().max(max, "committeesAdmin.tooLong");

export const committeeFormSchema = z.object({
  committeeId: z.string().optional().default(""),
  version: versionField.default(0),
  name: z.string().trim().min(2, "committeesAdmin.nameRequired").max(200, "committeesAdmin.tooLong"),
  kind: z.enum(committeeKinds, { message: "committeesAdmin.kindRequired" }),
  slug: z
    .string()
    .trim()
    .min(1, "committeesAdmin.slugRequired")
    .refine((v) => v === "" || isCommitteeSlug(v), "committeesAdmin.slugInvalid"),
  municipality: z.string().trim().min(2, "committeesAdmin.municipalityRequired").max(200, "committeesAdmin.tooLong"),
  district: text(200),
  description: text(4000),
  contactName: text(200),
  contactEmail: z
    .string()
    .trim()
    .max(200, "committeesAdmin.tooLong")
    .refine((v) => v === "" || z.email().safeParse(v).success, "committeesAdmin.emailInvalid"),
  contactPhone: text(40),
  // Four eyes on payments (issue 14): the form posts a hidden "off" before the box, so an unticked box says false
  // and a caller that leaves the field out changes nothing.
  fourEyesPayments: z
    .union([z.boolean(), z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v.includes("on") : v === true || v === "on"))
    .optional(),
  // The day of the month by which the month's portrait is due ("": none); its secretariat is reminded (lib/jobs).
  portraitDueDay: z
    .string()
    .trim()
    .refine(
      (v) => v === "" || (/^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= 28),
      "reminders.portraitDueDayInvalid",
    )
    .optional(),
});
export type CommitteeFormInput = z.infer<typeof committeeFormSchema>;

export const committeeArchiveSchema = z.object({
  committeeId: z.string().min(1),
  version: versionField,
  to: z.enum(["archived", "active"]),
});
export type CommitteeArchiveInput = z.infer<typeof committeeArchiveSchema>;

/** The logo travels as the "logo" file beside this field (the action reads it from the form data). */
export const committeeLogoSchema = z.object({
  committeeId: z.string().min(1),
  logo: z.custom<File | string | undefined>().optional(),
});
export type CommitteeLogoInput = z.infer<typeof committeeLogoSchema>;
