import { z } from "zod";
import { versionField } from "@/lib/actions/version";

// The minutes' texts as the secretariat edits them, and the approve/publish steps. Messages are keys.
const text = z.string().max(20_000, "minutes.tooLong");

export const minutesFormSchema = z.object({
  meetingId: z.string().min(1),
  version: versionField,
  minutes: text,
  items: z
    .array(z.object({ id: z.string().min(1), text }))
    .max(200)
    .default([]),
});
export type MinutesFormInput = z.infer<typeof minutesFormSchema>;

/** Approving or publishing: the meeting at the version the page showed. */
export const minutesStepSchema = z.object({ meetingId: z.string().min(1), version: versionField });
export type MinutesStepInput = z.infer<typeof minutesStepSchema>;
