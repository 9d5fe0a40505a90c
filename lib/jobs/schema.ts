import { z } from "zod";
import { reminderKinds } from "./model";

/** "Kør nu": which reminder job to queue. */
export const runReminderNowSchema = z.object({ kind: z.enum(reminderKinds) });
export type RunReminderNowInput = z.infer<typeof runReminderNowSchema>;
