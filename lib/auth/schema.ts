import { z } from "zod";

// Shared by the login form and the server. Messages are translation keys.
export const loginSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "login.emailRequired")
    .max(320, "login.emailInvalid")
    .pipe(z.email("login.emailInvalid")),
  password: z.string().min(1, "login.passwordRequired").max(1000, "login.passwordRequired"),
  callbackUrl: z.string().optional(),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const tokenSchema = z.object({ token: z.string().min(1).max(200) });
export const userIdSchema = z.object({ userId: z.string().min(1).max(100) });

/** The login's second step as the Credentials provider receives it: the challenge from the cookie, and the code. */
export const challengeLoginSchema = z.object({
  challenge: z.string().min(1).max(200),
  code: z.string().min(1).max(20),
});
