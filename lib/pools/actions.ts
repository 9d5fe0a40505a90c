"use server";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define";
import { addPoolYear, changePoolBudget, savePool } from "./mutations";
import { poolBudgetSchema, poolFormSchema, poolYearSchema } from "./schema";

/** Creates or edits a pool; a new pool opens on its own page to add its funds years. */
export const savePoolAction = defineAction({
  schema: poolFormSchema,
  permission: "pool:manage",
  revalidate: "/",
  run: async (input, { actor }) => {
    const { id } = await savePool(actor, input);
    if (!input.poolId) redirect(`/admin/committees/${input.committeeId}/pools/${id}`);
    return { id };
  },
});

/** A new funds year with its budget. */
export const addPoolYearAction = defineAction({
  schema: poolYearSchema,
  permission: "pool:manage",
  revalidate: "/",
  run: async (input, { actor }) => addPoolYear(actor, input),
});

/** A funds year's budget changed, with a note; the history keeps every change. */
export const changePoolBudgetAction = defineAction({
  schema: poolBudgetSchema,
  permission: "pool:manage",
  revalidate: "/",
  run: async (input, { actor }) => {
    await changePoolBudget(actor, input);
    return null;
  },
});
