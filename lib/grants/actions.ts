"use server";
import { defineAction } from "@/lib/actions/define";
import { acceptGrant, sendGrantLetter } from "./letter-mutations";
import { approvePayment, claimRepayment, closeGrant } from "./payment-mutations";
import { acceptGrantSchema, claimRepaymentSchema, closeGrantSchema, paymentSchema, sendLetterSchema } from "./schema";

/** The grant letter, written from the decision and mailed to the applicant. */
export const sendGrantLetterAction = defineAction({
  schema: sendLetterSchema,
  permission: "grant:manage",
  revalidate: "/calls",
  run: async (input, { actor }) => {
    await sendGrantLetter(actor, input);
    return null;
  },
});

/** Public: the private link's token (or, signed in, the applicant's own application) is the authority. */
export const acceptGrantAction = defineAction({
  schema: acceptGrantSchema,
  permission: null,
  revalidate: "/ansoegning",
  run: async (input, { actor }) => {
    await acceptGrant(actor, input);
    return null;
  },
});

/** The advance, the final payout, or a repayment received: approved with its date and account reference. */
export const approvePaymentAction = defineAction({
  schema: paymentSchema,
  permission: "payment:manage",
  revalidate: "/calls",
  run: async (input, { actor }) => {
    await approvePayment(actor, input);
    return null;
  },
});

export const claimRepaymentAction = defineAction({
  schema: claimRepaymentSchema,
  permission: "payment:manage",
  revalidate: "/calls",
  run: async (input, { actor }) => {
    await claimRepayment(actor, input);
    return null;
  },
});

export const closeGrantAction = defineAction({
  schema: closeGrantSchema,
  permission: "payment:manage",
  revalidate: "/calls",
  run: async (input, { actor }) => {
    await closeGrant(actor, input);
    return null;
  },
});
