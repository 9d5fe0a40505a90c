"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define";
import { localeCookie } from "./config";

const localeSchema = z.object({ locale: z.enum(["da", "en"]) });

// Open to everyone, anonymous included: it only sets the visitor's own cookie.
export const setLocale = defineAction({
  schema: localeSchema,
  permission: null,
  revalidate: "/",
  run: async ({ locale }) => {
    (await cookies()).set(localeCookie, locale, {
      path: "/",
      sameSite: "lax",
      maxAge: 60 * 60 * 24 * 365,
      httpOnly: false,
    });
    return null;
  },
});
