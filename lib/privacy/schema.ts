import { z } from "zod";

// The /admin/privacy form: one e-mail address. Matching is exact and ignores case, so the address is compared in
// lower case; a paste of anything longer than an address can be is refused before it is read further.

export const personLookupSchema = z.object({
  email: z
    .string()
    .max(320, "personalData.emailInvalid")
    .trim()
    .toLowerCase()
    .min(1, "personalData.emailRequired")
    .pipe(z.email("personalData.emailInvalid")),
});
export type PersonLookupInput = z.infer<typeof personLookupSchema>;
