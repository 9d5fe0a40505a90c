import { z } from "zod";
import { checkbox } from "@/lib/calls/schema";

// A committee's working groups and their members, shared by the browser and the server. Messages are keys.
export const groupFormSchema = z.object({
  committeeId: z.string().min(1),
  groupId: z.string().optional().default(""),
  name: z.string().trim().min(2, "groupsAdmin.nameRequired").max(200, "groupsAdmin.tooLong"),
  description: z.string().trim().max(2000, "groupsAdmin.tooLong"),
});
export type GroupFormInput = z.infer<typeof groupFormSchema>;

export const groupArchiveSchema = z.object({ groupId: z.string().min(1) });
export type GroupArchiveInput = z.infer<typeof groupArchiveSchema>;

export const groupMemberSchema = z.object({
  groupId: z.string().min(1),
  userId: z.string().min(1, "groupsAdmin.personRequired"),
  isCoordinator: checkbox,
});
export type GroupMemberInput = z.infer<typeof groupMemberSchema>;

export const groupMemberRemoveSchema = z.object({ groupId: z.string().min(1), userId: z.string().min(1) });
export type GroupMemberRemoveInput = z.infer<typeof groupMemberRemoveSchema>;
