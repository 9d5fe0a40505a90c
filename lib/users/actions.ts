"use server";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define";
import { acceptInvitation, inviteUser, resendInvitation } from "./invitations";
import {
  addMembership,
  changeRole,
  endMembership,
  endSessionAsAdmin,
  resetSecondFactor,
  setDeactivated,
  setInstallationAdmin,
} from "./mutations";
import {
  acceptInvitationSchema,
  addMembershipSchema,
  changeRoleSchema,
  installationAdminSchema,
  inviteSchema,
  membershipIdSchema,
  sessionIdSchema,
  userIdSchema,
} from "./schema";

/** A new person gets a mailed invitation; a person with an account gets the role and a mail. */
export const inviteUserAction = defineAction({
  schema: inviteSchema,
  permission: "user:manage",
  revalidate: "/admin/users",
  run: async (input, { actor }) => inviteUser(actor, input),
});

export const resendInvitationAction = defineAction({
  schema: userIdSchema,
  permission: "user:manage",
  revalidate: "/admin/users",
  run: async ({ userId }, { actor }) => {
    await resendInvitation(actor, userId);
    return null;
  },
});

/** Public: the invitation's token is the authority. */
export const acceptInvitationAction = defineAction({
  schema: acceptInvitationSchema,
  permission: null,
  run: async (input) => {
    await acceptInvitation(input);
    redirect("/login?welcome=1");
  },
});

export const addMembershipAction = defineAction({
  schema: addMembershipSchema,
  permission: "user:manage",
  revalidate: "/admin/users",
  run: async (input, { actor }) => {
    await addMembership(actor, input);
    return null;
  },
});

export const changeRoleAction = defineAction({
  schema: changeRoleSchema,
  permission: "user:manage",
  revalidate: "/admin/users",
  run: async ({ membershipId, role }, { actor }) => {
    await changeRole(actor, membershipId, role);
    return null;
  },
});

export const endMembershipAction = defineAction({
  schema: membershipIdSchema,
  permission: "user:manage",
  revalidate: "/admin/users",
  run: async ({ membershipId }, { actor }) => {
    await endMembership(actor, membershipId);
    return null;
  },
});

export const deactivateUserAction = defineAction({
  schema: userIdSchema,
  permission: "user:manage",
  revalidate: "/admin/users",
  run: async ({ userId }, { actor }) => {
    await setDeactivated(actor, userId, true);
    return null;
  },
});

export const reactivateUserAction = defineAction({
  schema: userIdSchema,
  permission: "user:manage",
  revalidate: "/admin/users",
  run: async ({ userId }, { actor }) => {
    await setDeactivated(actor, userId, false);
    return null;
  },
});

export const setInstallationAdminAction = defineAction({
  schema: installationAdminSchema,
  permission: "installation:manage",
  revalidate: "/admin/users",
  run: async ({ userId, installationAdmin }, { actor }) => {
    await setInstallationAdmin(actor, userId, installationAdmin === "true");
    return null;
  },
});

export const endUserSessionAction = defineAction({
  schema: sessionIdSchema,
  permission: "user:manage",
  revalidate: "/admin/users",
  run: async ({ userId, sessionId }, { actor }) => {
    await endSessionAsAdmin(actor, userId, sessionId);
    return null;
  },
});

/** A person lost both the phone and the recovery codes: the second factor is cleared and their sessions end. */
export const resetSecondFactorAction = defineAction({
  schema: userIdSchema,
  permission: "user:manage",
  revalidate: "/admin/users",
  run: async ({ userId }, { actor }) => {
    await resetSecondFactor(actor, userId);
    return null;
  },
});
