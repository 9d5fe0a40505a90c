"use server";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define";
import { addCallItems, addFreeItem, addProjectItem, moveAgendaItem, removeItem, updateItem } from "./item-mutations";
import { createMeeting, deleteMeeting, saveAttendance, sendAgenda, updateMeeting } from "./mutations";
import {
  attendanceSchema,
  callItemsSchema,
  freeItemSchema,
  itemRefSchema,
  itemUpdateSchema,
  meetingFormSchema,
  meetingRefSchema,
  moveItemSchema,
  projectItemSchema,
} from "./schema";

/** Creates a meeting (then opens it) or saves its details. */
export const saveMeetingAction = defineAction({
  schema: meetingFormSchema,
  permission: "meeting:manage",
  revalidate: "/meetings",
  run: async (input, { actor }) => {
    if (input.meetingId) {
      await updateMeeting(actor, input);
      return null;
    }
    const { id } = await createMeeting(actor, input);
    redirect(`/meetings/${id}`);
  },
});

/** Deletes a planned meeting without decisions, back to the list. */
export const deleteMeetingAction = defineAction({
  schema: meetingRefSchema,
  permission: "meeting:manage",
  revalidate: "/meetings",
  run: async (input, { actor }) => {
    await deleteMeeting(actor, input);
    redirect("/meetings");
  },
});

export const saveAttendanceAction = defineAction({
  schema: attendanceSchema,
  permission: "meeting:manage",
  revalidate: "/meetings",
  run: async (input, { actor }) => {
    await saveAttendance(actor, input);
    return null;
  },
});

export const sendAgendaAction = defineAction({
  schema: meetingRefSchema,
  permission: "meeting:manage",
  revalidate: "/meetings",
  run: async (input, { actor }) => sendAgenda(actor, input),
});

export const addCallItemsAction = defineAction({
  schema: callItemsSchema,
  permission: "meeting:manage",
  revalidate: "/meetings",
  run: async (input, { actor }) => addCallItems(actor, input),
});

export const addProjectItemAction = defineAction({
  schema: projectItemSchema,
  permission: "meeting:manage",
  revalidate: "/meetings",
  run: async (input, { actor }) => addProjectItem(actor, input),
});

export const addFreeItemAction = defineAction({
  schema: freeItemSchema,
  permission: "meeting:manage",
  revalidate: "/meetings",
  run: async (input, { actor }) => addFreeItem(actor, input),
});

export const updateItemAction = defineAction({
  schema: itemUpdateSchema,
  permission: "meeting:manage",
  revalidate: "/meetings",
  run: async (input, { actor }) => {
    await updateItem(actor, input);
    return null;
  },
});

export const removeItemAction = defineAction({
  schema: itemRefSchema,
  permission: "meeting:manage",
  revalidate: "/meetings",
  run: async (input, { actor }) => {
    await removeItem(actor, input);
    return null;
  },
});

export const moveItemAction = defineAction({
  schema: moveItemSchema,
  permission: "meeting:manage",
  revalidate: "/meetings",
  run: async (input, { actor }) => {
    await moveAgendaItem(actor, input);
    return null;
  },
});
