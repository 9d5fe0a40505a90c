import { z } from "zod";
import { newPasswordSchema } from "@/lib/users/schema";

// The security page's and the login code's forms. Messages are keys in the `totp` namespace.
export const codeSchema = z.object({
  code: z.string().trim().min(1, "totp.codeRequired").max(20, "totp.codeInvalid"),
});
export const loginCodeSchema = codeSchema.extend({ callbackUrl: z.string().optional() });
export const noInputSchema = z.object({});

export const forgotPasswordSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "passwordReset.emailRequired")
    .max(320, "passwordReset.emailInvalid")
    .pipe(z.email("passwordReset.emailInvalid")),
});

/** A new password twice; the code only matters for a user with a second factor (the server decides). */
export const resetPasswordSchema = z
  .object({
    token: z.string().min(1).max(200),
    password: newPasswordSchema,
    passwordAgain: z.string().max(200),
    code: z.string().trim().max(20, "totp.codeInvalid").optional(),
  })
  .refine((v) => v.password === v.passwordAgain, { path: ["passwordAgain"], message: "people.passwordMismatch" });
