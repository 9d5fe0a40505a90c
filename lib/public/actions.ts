"use server";
import { updateTag } from "next/cache";
import { defineAction } from "@/lib/actions/define";
import { publishInitiative, unpublishInitiative } from "./mutations";
import { publicTag } from "./published";
import { publishSchema, unpublishSchema } from "./schema";

// What the public site shows changes at once on this instance (updateTag) and
// within seconds on the others (the public reads' short cache); every page may show it.

export const publishInitiativeAction = defineAction({
  schema: publishSchema,
  permission: "project:publish",
  revalidate: "/",
  run: async (input, { actor }) => {
    const published = await publishInitiative(actor, input);
    updateTag(publicTag);
    return published;
  },
});

export const unpublishInitiativeAction = defineAction({
  schema: unpublishSchema,
  permission: "project:publish",
  revalidate: "/",
  run: async ({ applicationId }, { actor }) => {
    await unpublishInitiative(actor, applicationId);
    updateTag(publicTag);
    return null;
  },
});
