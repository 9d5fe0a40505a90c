"use server";
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { publicTag } from "@/lib/public/published";
import { defineAction } from "@/lib/actions/define";
import { postedFiles } from "@/lib/actions/files";
import { createCommittee, setCommitteeArchived, setCommitteeLogo, updateCommittee } from "./mutations";
import { committeeArchiveSchema, committeeFormSchema, committeeLogoSchema } from "./schema";

/** A new committee opens on its own settings page. Only installation admins create committees. */
export const createCommitteeAction = defineAction({
  schema: committeeFormSchema,
  permission: "installation:manage",
  revalidate: "/",
  run: async (input, { actor }): Promise<{ id: string }> => {
    const { id } = await createCommittee(actor, input);
    redirect(`/admin/committees/${id}`);
  },
});

/** The committee's settings; the public pages show them, so everything is revalidated. */
export const updateCommitteeAction = defineAction({
  schema: committeeFormSchema,
  permission: "committee:manage",
  revalidate: "/",
  run: async (input, { actor }) => {
    const saved = await updateCommittee(actor, input);
    updateTag(publicTag);
    return saved;
  },
});

export const setCommitteeArchivedAction = defineAction({
  schema: committeeArchiveSchema,
  permission: "committee:manage",
  revalidate: "/",
  run: async (input, { actor }) => {
    await setCommitteeArchived(actor, input);
    updateTag(publicTag);
    return null;
  },
});

/** The logo arrives as the "logo" file. */
export const setCommitteeLogoAction = defineAction({
  schema: committeeLogoSchema,
  permission: "committee:manage",
  revalidate: "/",
  run: async (input, { actor, formData }) => {
    const [upload] = await postedFiles(formData, "logo");
    await setCommitteeLogo(actor, input.committeeId, upload ?? null);
    updateTag(publicTag);
    return null;
  },
});
