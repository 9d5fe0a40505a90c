"use server";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define";
import { saveGoal, savePlan, setGoalState } from "./mutations";
import { goalFormSchema, goalStateSchema, planFormSchema } from "./schema";

/** Creates or edits a district plan; a new plan opens on its own page to add its goals. */
export const savePlanAction = defineAction({
  schema: planFormSchema,
  permission: "plan:manage",
  revalidate: "/admin/committees",
  run: async (input, { actor }) => {
    const { id } = await savePlan(actor, input);
    if (!input.planId) redirect(`/admin/committees/${input.committeeId}/plans/${id}`);
    return { id };
  },
});

/** Adds a goal to a plan, or rewords one. */
export const saveGoalAction = defineAction({
  schema: goalFormSchema,
  permission: "plan:manage",
  revalidate: "/admin/committees",
  run: async (input, { actor }) => saveGoal(actor, input),
});

/** Retire, reinstate or delete (a goal never used) a goal. */
export const setGoalStateAction = defineAction({
  schema: goalStateSchema,
  permission: "plan:manage",
  revalidate: "/admin/committees",
  run: async (input, { actor }) => {
    await setGoalState(actor, input);
    return null;
  },
});
