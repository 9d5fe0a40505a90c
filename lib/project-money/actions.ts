"use server";
import { defineAction } from "@/lib/actions/define";
import { addExpense, deleteExpense } from "./expense-mutations";
import { addHours, deleteHours } from "./hours-mutations";
import { saveCapacity } from "./capacity-mutations";
import { postedFiles } from "@/lib/actions/files";
import { capacitySchema, deleteExpenseSchema, deleteHoursSchema, expenseSchema, hoursSchema } from "./schema";

// A project's expenses spend the pool's money: the committee's payment approvers book them (payment:manage). Hours
// are for those who may edit the project: staff with project:edit, or a member on the project; those actions let any
// reader of projects in, and the mutations decide for the project (assertCanEditProject).

/** An expense with its receipts, on a leaf budget line and a funds year of the project's approval. */
export const addExpenseAction = defineAction({
  schema: expenseSchema,
  permission: "payment:manage",
  revalidate: "/projects",
  run: async (input, { actor, formData }) => addExpense(actor, input, await postedFiles(formData, "receipts")),
});

/** An expense deleted (softly: kept, audited, no longer counted). */
export const deleteExpenseAction = defineAction({
  schema: deleteExpenseSchema,
  permission: "payment:manage",
  revalidate: "/projects",
  run: async (input, { actor }) => deleteExpense(actor, input.expenseId),
});

/** Secretariat hours worked on the project on a day. */
export const addHoursAction = defineAction({
  schema: hoursSchema,
  permission: "project:read",
  revalidate: "/projects",
  run: async (input, { actor }) => addHours(actor, input),
});

/** Hours deleted (softly). */
export const deleteHoursAction = defineAction({
  schema: deleteHoursSchema,
  permission: "project:read",
  revalidate: "/projects",
  run: async (input, { actor }) => deleteHours(actor, input.hoursId),
});

/** A year's secretariat capacity, entered by the committee's admin over the version they saw. */
export const saveCapacityAction = defineAction({
  schema: capacitySchema,
  permission: "committee:manage",
  revalidate: "/admin/committees",
  run: async (input, { actor }) => saveCapacity(actor, input),
});
