"use server";
import { defineAction } from "@/lib/actions/define";
import {
  askForInformation,
  recommend,
  recordVisit,
  saveAssignments,
  setEligibility,
  setShortlisted,
} from "./mutations";
import {
  assignmentsSchema,
  eligibilitySchema,
  messageSchema,
  recommendationSchema,
  shortlistSchema,
  visitSchema,
} from "./schema";
import { postedFiles } from "@/lib/actions/files";

export const setEligibilityAction = defineAction({
  schema: eligibilitySchema,
  permission: "application:screen",
  revalidate: "/calls",
  run: async (input, { actor }) => {
    await setEligibility(actor, input);
    return null;
  },
});

export const askForInformationAction = defineAction({
  schema: messageSchema,
  permission: "application:screen",
  revalidate: "/calls",
  run: async (input, { actor }) => {
    await askForInformation(actor, input);
    return null;
  },
});

export const setShortlistedAction = defineAction({
  schema: shortlistSchema,
  permission: "application:screen",
  revalidate: "/calls",
  run: async (input, { actor }) => {
    await setShortlisted(actor, input);
    return null;
  },
});

/** A visit posts its participants as repeated "participants" fields and its photos as "photos" files. */
export const recordVisitAction = defineAction({
  schema: visitSchema,
  permission: "application:screen",
  revalidate: "/calls",
  run: async (input, { actor, formData }) => {
    await recordVisit(actor, input, await postedFiles(formData, "photos"));
    return null;
  },
});

export const recommendAction = defineAction({
  schema: recommendationSchema,
  permission: "application:recommend",
  revalidate: "/calls",
  run: async (input, { actor }) => {
    await recommend(actor, input);
    return null;
  },
});

/** The assignment grid posts one checkbox per application and member, "pairs.<applicationId>.<userId>". */
export const saveAssignmentsAction = defineAction({
  schema: assignmentsSchema,
  permission: "application:screen",
  revalidate: "/calls",
  run: async (input, { actor }) => {
    await saveAssignments(actor, input);
    return null;
  },
});
