import { z } from "zod";
import { versionField } from "@/lib/actions/version";
import { parseKroner } from "@/lib/applications/model";
import { copenhagenLocalToUtc, isSlug } from "./model";

// The call form, shared by the browser and the server. Messages are translation keys.
const kroner = (required: boolean) =>
  z
    .string()
    .trim()
    .max(30, "callForm.amountInvalid")
    .refine(
      (v) => (v === "" ? !required : parseKroner(v) !== null),
      required ? "callForm.amountRequired" : "callForm.amountInvalid",
    );
const when = z
  .string()
  .trim()
  .refine((v) => v === "" || copenhagenLocalToUtc(v) !== null, "callForm.dateInvalid");
/** A checkbox: posted natively as "on" (or not at all), held by react-hook-form as true/false. */
export const checkbox = z
  .union([z.boolean(), z.string()])
  .nullish()
  .transform((v) => v === true || v === "on" || v === "true" || v === "1");

export const decidingBodies = ["PLENARY", "CHAIR_GROUP", "WORKING_GROUP", "SECRETARIAT"] as const;

export const callFormSchema = z.object({
  callId: z.string().optional().default(""),
  version: versionField.default(0),
  committeeId: z.string().min(1, "callForm.committeeRequired"),
  poolId: z.string().optional().default(""),
  projectId: z.string().optional().default(""),
  rubricId: z.string().optional().default(""),
  title: z.string().trim().min(3, "callForm.titleRequired").max(200, "callForm.tooLong"),
  slug: z
    .string()
    .trim()
    .refine((v) => v === "" || isSlug(v), "callForm.slugInvalid"),
  description: z.string().trim().max(8000, "callForm.tooLong"),
  criteriaText: z.string().trim().max(8000, "callForm.tooLong"),
  amount: kroner(true),
  minGrant: kroner(false),
  maxGrant: kroner(false),
  opensAt: when,
  deadline: when,
  // Members with unscored applications are reminded before it (lib/jobs).
  scoringDeadline: when.optional().default(""),
  decidedBy: z.enum(decidingBodies, { message: "callForm.decidedByRequired" }),
  fastTrack: checkbox,
  fastTrackMax: kroner(false),
  blindScoring: checkbox,
});
export type CallFormInput = z.infer<typeof callFormSchema>;

export const callStatusSchema = z.object({
  callId: z.string().min(1),
  version: versionField,
  to: z.enum(["PUBLISHED", "CLOSED", "DECIDED", "ARCHIVED"]),
});
export type CallStatusInput = z.infer<typeof callStatusSchema>;
