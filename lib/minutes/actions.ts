"use server";
import { updateTag } from "next/cache";
import { defineAction } from "@/lib/actions/define";
import { publicTag } from "@/lib/public/published";
import { approveMinutes, publishMinutes, saveMinutes } from "./mutations";
import { minutesFormSchema, minutesStepSchema } from "./schema";

/** The minutes' texts, saved as a new version. */
export const saveMinutesAction = defineAction({
  schema: minutesFormSchema,
  permission: "meeting:manage",
  revalidate: "/meetings",
  run: async (input, { actor }) => saveMinutes(actor, input),
});

/** Approved minutes are locked. */
export const approveMinutesAction = defineAction({
  schema: minutesStepSchema,
  permission: "meeting:manage",
  revalidate: "/meetings",
  run: async (input, { actor }) => {
    await approveMinutes(actor, input);
    return null;
  },
});

/** Published minutes are on the committee's public page at once. */
export const publishMinutesAction = defineAction({
  schema: minutesStepSchema,
  permission: "meeting:manage",
  revalidate: "/",
  run: async (input, { actor }) => {
    await publishMinutes(actor, input);
    updateTag(publicTag);
    return null;
  },
});
