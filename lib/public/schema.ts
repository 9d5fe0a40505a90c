import { z } from "zod";

// The publishing form, shared by the browser and the server. Messages are translation keys.
export const publishSchema = z.object({
  applicationId: z.string().min(1),
  summary: z.string().trim().min(20, "publish.summaryRequired").max(1000, "apply.tooLong"),
  // Used only for a private person; empty publishes them without a name.
  publicName: z.string().trim().max(200, "apply.tooLong").optional(),
  portraitTitle: z.string().trim().max(200, "apply.tooLong"),
  portraitBody: z.string().trim().max(20_000, "apply.tooLong"),
  portraitMonth: z.string().regex(/^\d{4}-\d{2}$/, "publish.monthInvalid"),
  photoIds: z.array(z.string().min(1)).max(20),
});
export type PublishInput = z.infer<typeof publishSchema>;

export const unpublishSchema = z.object({ applicationId: z.string().min(1) });
