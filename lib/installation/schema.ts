import { z } from "zod";
import { versionField } from "@/lib/actions/version";
import { checkbox } from "@/lib/calls/schema";
import { newPasswordSchema } from "@/lib/users/schema";

/** An origin people use, e.g. https://lokalpulje.kk.dk; no path, query or trailing slash. */
const origin = z
  .string()
  .trim()
  .max(200, "installation.tooLong")
  .refine((v) => v === "" || isHttpOrigin(v), "installation.publicUrlInvalid")
  .transform((v) => (v === "" ? null : new URL(v).origin));

function isHttpOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && (url.pathname === "/" || url.pathname === "");
  } catch {
    return false;
  }
}

/** "Lokalpulje <noreply@kk.dk>" or a bare address. */
const mailFrom = z
  .string()
  .trim()
  .max(200, "installation.tooLong")
  .refine(
    (v) => v === "" || /^([^<>@\n]{1,100} <)?[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>?$/.test(v),
    "installation.mailFromInvalid",
  )
  .transform((v) => (v === "" ? null : v));

export const installationSchema = z.object({
  version: versionField,
  name: z.string().trim().min(1, "installation.nameRequired").max(80, "installation.tooLong"),
  publicUrl: origin,
  mailFrom,
  retentionMonths: z.coerce
    .number({ message: "installation.retentionInvalid" })
    .int("installation.retentionInvalid")
    .min(6, "installation.retentionInvalid")
    .max(240, "installation.retentionInvalid"),
  requireTotpForStaff: checkbox,
});
export type InstallationInput = z.output<typeof installationSchema>;

/** The first run: the installation's name and its first administrator. */
export const setupSchema = z
  .object({
    token: z.string().min(1).max(200),
    // Asked only on the first run; the mutation requires it then.
    installationName: z
      .string()
      .trim()
      .max(80, "installation.tooLong")
      .optional()
      .transform((v) => v || undefined),
    name: z.string().trim().min(1, "installation.personNameRequired").max(120, "installation.tooLong"),
    email: z.string().trim().toLowerCase().max(200, "installation.tooLong").email("installation.emailInvalid"),
    password: newPasswordSchema,
    passwordAgain: z.string().max(200),
  })
  .refine((v) => v.password === v.passwordAgain, { path: ["passwordAgain"], message: "people.passwordMismatch" });
export type SetupInput = z.output<typeof setupSchema>;
