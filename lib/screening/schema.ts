import { z } from "zod";
import { applicationVersion } from "@/lib/applications/schema";

// The screening forms, shared by the browser and the server. Messages are translation keys.
const id = z.string().min(1);
const version = applicationVersion;

export const eligibilitySchema = z
  .object({
    applicationId: id,
    version,
    eligible: z.enum(["yes", "no"], { message: "screening.eligibleRequired" }),
    reason: z.string().trim().max(2000, "apply.tooLong"),
  })
  .refine((v) => v.eligible === "yes" || v.reason.length >= 10, {
    path: ["reason"],
    message: "screening.reasonRequired",
  });
export type EligibilityInput = z.infer<typeof eligibilitySchema>;

export const messageSchema = z.object({
  applicationId: id,
  version,
  body: z.string().trim().min(5, "screening.messageRequired").max(4000, "apply.tooLong"),
});
export type MessageInput = z.infer<typeof messageSchema>;

export const shortlistSchema = z.object({ applicationId: id, version, shortlisted: z.enum(["yes", "no"]) });
export type ShortlistInput = z.infer<typeof shortlistSchema>;

export const visitSchema = z.object({
  applicationId: id,
  version,
  visitedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "screening.dateInvalid"),
  participants: z.array(id).max(50),
  notes: z.string().trim().min(5, "screening.notesRequired").max(8000, "apply.tooLong"),
  photoAlt: z.string().trim().max(300, "apply.tooLong"),
});
export type VisitInput = z.infer<typeof visitSchema>;

export const recommendationSchema = z.object({
  applicationId: id,
  version,
  outcome: z.enum(["GRANT", "PARTIAL_GRANT", "REFUSAL", "POSTPONED"], { message: "decision.outcomeRequired" }),
  amount: z.string().trim().max(30, "decision.amountInvalid"),
  text: z.string().trim().min(10, "screening.recommendationRequired").max(8000, "apply.tooLong"),
});
export type RecommendationInput = z.infer<typeof recommendationSchema>;

export const assignmentsSchema = z.object({
  callId: id,
  pairs: z.array(z.object({ applicationId: id, userId: id })).max(5000),
});
export type AssignmentsInput = z.infer<typeof assignmentsSchema>;

export const applicantReplySchema = z.object({
  token: z.string().min(20).max(64),
  version,
  body: z.string().trim().min(2, "follow.replyRequired").max(4000, "apply.tooLong"),
});
export const withdrawSchema = z.object({
  token: z.string().min(20).max(64),
  confirm: z.literal("yes", { message: "follow.withdrawConfirm" }),
  reason: z.string().trim().max(2000, "apply.tooLong"),
});
