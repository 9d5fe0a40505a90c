import { z } from "zod";

// The publishing form, shared by the browser and the server. Messages are translation keys.

/**
 * The chosen photos. A checkbox per photo: the server gets the field once
 * per checked box (none, one or several), the browser's form a list, or a
 * single value or false when there is one box. All become a list.
 */
const chosenIds = z.preprocess(
  (v) => (Array.isArray(v) ? v : [v]).filter((id): id is string => typeof id === "string" && id !== ""),
  z.array(z.string().min(1)).max(20),
);

export const publishSchema = z.object({
  applicationId: z.string().min(1),
  summary: z.string().trim().min(20, "publish.summaryRequired").max(1000, "common.tooLong"),
  // Used only for a private person; empty publishes them without a name.
  publicName: z.string().trim().max(200, "common.tooLong").optional(),
  portraitTitle: z.string().trim().max(200, "common.tooLong"),
  portraitBody: z.string().trim().max(20_000, "common.tooLong"),
  portraitMonth: z.string().regex(/^\d{4}-\d{2}$/, "publish.monthInvalid"),
  photoIds: chosenIds,
});
export type PublishInput = z.infer<typeof publishSchema>;

export const unpublishSchema = z.object({ applicationId: z.string().min(1) });
