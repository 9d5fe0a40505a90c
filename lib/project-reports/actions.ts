"use server";
import { defineAction } from "@/lib/actions/define";
import { planReport, writeReport } from "./mutations";
import { planReportSchema, writeReportSchema } from "./schema";

export const planReportAction = defineAction({
  schema: planReportSchema,
  permission: "project:edit",
  run: (input, { actor }) => planReport(actor, input),
  revalidate: "/projects",
});

// Members on the project write its reports too: the mutation checks that on the project.
export const writeReportAction = defineAction({
  schema: writeReportSchema,
  permission: "project:read",
  run: (input, { actor }) => writeReport(actor, input),
  revalidate: "/projects",
});
