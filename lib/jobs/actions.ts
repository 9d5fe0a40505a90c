"use server";
import { defineAction } from "@/lib/actions/define";
import { runReminderNow } from "./mutations";
import { runReminderNowSchema } from "./schema";

export const runReminderNowAction = defineAction({
  schema: runReminderNowSchema,
  permission: "jobs:read",
  run: (input, { actor }) => runReminderNow(actor, input),
  revalidate: "/admin/jobs",
});
