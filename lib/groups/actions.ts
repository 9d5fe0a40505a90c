"use server";
import { defineAction } from "@/lib/actions/define";
import { addGroupMember, archiveGroup, removeGroupMember, saveGroup } from "./mutations";
import { groupArchiveSchema, groupFormSchema, groupMemberRemoveSchema, groupMemberSchema } from "./schema";

/** Creates or renames a working group. */
export const saveGroupAction = defineAction({
  schema: groupFormSchema,
  permission: "committee:manage",
  revalidate: "/admin/committees",
  run: async (input, { actor }) => saveGroup(actor, input),
});

export const archiveGroupAction = defineAction({
  schema: groupArchiveSchema,
  permission: "committee:manage",
  revalidate: "/admin/committees",
  run: async (input, { actor }) => {
    await archiveGroup(actor, input);
    return null;
  },
});

/** Adds one of the committee's people to a group, or changes their coordinator flag. */
export const addGroupMemberAction = defineAction({
  schema: groupMemberSchema,
  permission: "committee:manage",
  revalidate: "/admin/committees",
  run: async (input, { actor }) => {
    await addGroupMember(actor, input);
    return null;
  },
});

export const removeGroupMemberAction = defineAction({
  schema: groupMemberRemoveSchema,
  permission: "committee:manage",
  revalidate: "/admin/committees",
  run: async (input, { actor }) => {
    await removeGroupMember(actor, input);
    return null;
  },
});
