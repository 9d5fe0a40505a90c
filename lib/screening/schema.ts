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
    reason: z.string().trim().max(2000, "screening.tooLong"),
  })
  .refine((v) => v.eligible === "yes" || v.reason.length >= 10, {
    path: ["reason"],
    message: "screening.reasonRequired",
  });
export type EligibilityInput = z.infer<typeof eligibilitySchema>;

export const messageSchema = z.object({
  applicationId: id,
  version,
  body: z.string().trim().min(5, "screening.messageRequired").max(4000, "screening.tooLong"),
});
export type MessageInput = z.infer<typeof messageSchema>;

export const shortlistSchema = z.object({ applicationId: id, version, shortlisted: z.enum(["yes", "no"]) });
export type ShortlistInput = z.infer<typeof shortlistSchema>;

/** A single ticked checkbox posts one value, several post a list, none posts nothing. */
const ticked = z
  .union([z.array(id), id, z.literal(false)])
  .nullish()
  .transform((v) => (Array.isArray(v) ? v : v ? [v] : []))
  .pipe(z.array(id).max(50));

/** A visit; its photos travel as files beside these fields (the action reads them from the form data). */
export const visitSchema = z.object({
  applicationId: id,
  version,
  visitedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "screening.dateInvalid"),
  participants: ticked,
  notes: z.string().trim().min(5, "screening.notesRequired").max(8000, "screening.tooLong"),
  photoAlt: z.string().trim().max(300, "screening.tooLong"),
});
export type VisitInput = z.infer<typeof visitSchema>;

export const recommendationSchema = z.object({
  applicationId: id,
  version,
  outcome: z.enum(["GRANT", "PARTIAL_GRANT", "REFUSAL", "POSTPONED"], { message: "decision.outcomeRequired" }),
  amount: z.string().trim().max(30, "decision.amountInvalid"),
  text: z.string().trim().min(10, "screening.recommendationRequired").max(8000, "screening.tooLong"),
});
export type RecommendationInput = z.infer<typeof recommendationSchema>;

/**
 * The assignment grid: one checkbox per application and member, posted as
 * `pairs.<applicationId>.<userId>` when ticked (react-hook-form holds true/false).
 */
export const assignmentsSchema = z
  .object({
    callId: id,
    pairs: z.record(id, z.record(id, z.union([z.boolean(), z.string()]))).default({}),
  })
  .transform(({ callId, pairs }) => ({
    callId,
    pairs: Object.entries(pairs).flatMap(([applicationId, members]) =>
      Object.entries(members)
        .filter(([, on]) => on === true || on === "on")
        .map(([userId]) => ({ applicationId, userId })),
    ),
  }))
  .refine((v) => v.pairs.length <= 5000, { path: ["pairs"], message: "screening.assignmentInvalid" });
export type AssignmentsInput = z.output<typeof assignmentsSchema>;

// The applicant's side (lib/applications): answering the secretariat and withdrawing.
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
