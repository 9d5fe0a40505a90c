"use server";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define";
import { completeSetup, saveInstallation } from "./mutations";
import { installationSchema, setupSchema } from "./schema";

/** The installation's settings page. */
export const saveInstallationAction = defineAction({
  schema: installationSchema,
  permission: "installation:manage",
  revalidate: "/",
  run: async (input, { actor }) => {
    await saveInstallation(actor, input);
    return null;
  },
});

/** The set-up link's form. Public: the link is the authority (checked, and used up, in the mutation). */
export const completeSetupAction = defineAction({
  schema: setupSchema,
  permission: null,
  // The header shows the installation's new name.
  revalidate: "/",
  run: async (input) => {
    await completeSetup(input);
    redirect("/login?setup=1");
  },
});
