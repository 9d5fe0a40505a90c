"use server";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define";
import { changeCallStatus, saveCall } from "./mutations";
import { callFormSchema, callStatusSchema } from "./schema";

/** Creates or updates a call; a new call opens on its own page. */
export const saveCallAction = defineAction({
  schema: callFormSchema,
  permission: "call:manage",
  revalidate: "/calls",
  run: async (input, { actor }) => {
    const { id } = await saveCall(actor, input);
    if (!input.callId) redirect(`/calls/${id}`);
    return { id };
  },
});

/** Publishing and closing change the public site too: everything is revalidated. */
export const changeCallStatusAction = defineAction({
  schema: callStatusSchema,
  permission: "call:manage",
  revalidate: "/",
  run: async (input, { actor }) => {
    await changeCallStatus(actor, input);
    return null;
  },
});
