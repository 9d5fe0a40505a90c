import { z } from "zod";

// The forms of people, invitations and passwords. Messages are keys in the `people` namespace.

export const staffRoles = ["ADMIN", "SECRETARIAT", "MEMBER", "OBSERVER"] as const;
export type StaffRole = (typeof staffRoles)[number];

/** The password rules, in one place: the invitation, the reset, the first-run set-up and `admin:create` use them. */
export const newPasswordSchema = z
  .string()
  .min(12, "people.passwordTooShort")
  .max(200, "people.passwordTooLong")
  .refine((p) => p.trim().length > 0, "people.passwordTooShort");

/** A new password typed twice. */
export const passwordPairSchema = z
  .object({ password: newPasswordSchema, passwordAgain: z.string().max(200) })
  .refine((v) => v.password === v.passwordAgain, { path: ["passwordAgain"], message: "people.passwordMismatch" });

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "people.emailRequired")
  .max(320, "people.emailInvalid")
  .pipe(z.email("people.emailInvalid"));
const name = z.string().trim().min(1, "people.nameRequired").max(200, "people.nameTooLong");
const id = z.string().min(1).max(100);
const role = z.enum(staffRoles, { message: "people.roleRequired" });

export const inviteSchema = z.object({
  email,
  name,
  committeeId: z.string().min(1, "people.committeeRequired").max(100),
  role,
  title: z.string().trim().max(100, "people.titleTooLong"),
});
export type InviteInput = z.infer<typeof inviteSchema>;

export const acceptInvitationSchema = z
  .object({ token: z.string().min(1).max(200), name, password: newPasswordSchema, passwordAgain: z.string().max(200) })
  .refine((v) => v.password === v.passwordAgain, { path: ["passwordAgain"], message: "people.passwordMismatch" });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

export const userIdSchema = z.object({ userId: id });
export const membershipIdSchema = z.object({ membershipId: id });
export const sessionIdSchema = z.object({ userId: id, sessionId: id });

export const addMembershipSchema = z.object({
  userId: id,
  committeeId: z.string().min(1, "people.committeeRequired").max(100),
  role,
  title: z.string().trim().max(100, "people.titleTooLong"),
});
export type AddMembershipInput = z.infer<typeof addMembershipSchema>;

export const changeRoleSchema = z.object({ membershipId: id, role });
export const installationAdminSchema = z.object({ userId: id, installationAdmin: z.enum(["true", "false"]) });
