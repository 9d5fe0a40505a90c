"use server";
import { defineAction } from "@/lib/actions/define";
import { lookUpPerson } from "./queries";
import { personLookupSchema } from "./schema";

/** /admin/privacy: what is stored about one address (counts per kind); the download is a POST to its route. */
export const lookUpPersonAction = defineAction({
  schema: personLookupSchema,
  permission: "installation:manage",
  run: (input, { actor }) => lookUpPerson(actor, input),
});
