"use server";
import { after } from "next/server";
import { headers } from "next/headers";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { runAction } from "@/lib/run-action";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { deliverPending } from "@/lib/mail/outbox";
import { submitApplication, type UploadedFile } from "./mutations";
import { applicationFormSchema } from "./schema";

/**
 * Public by design (no account needed to apply). Everything is re-validated;
 * the mutation enforces the deadline, limits per address and ignores repeats.
 * The form sends its fields as JSON in "payload" and its files as "attachments".
 */
export async function submitApplicationAction(formData: FormData): Promise<ActionResult<{ reference: string; link: string | null; duplicate: boolean }>> {
  return runAction(async () => {
    const t = await getT();
    let raw: unknown;
    try {
      raw = JSON.parse(String(formData.get("payload") ?? ""));
    } catch {
      return { ok: false, message: t("errors.validation") };
    }
    const parsed = applicationFormSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, message: t("errors.validation"), fieldErrors: fieldErrorsFrom(parsed.error.issues, (k) => t(k as MessageKey)) };
    const files: UploadedFile[] = [];
    for (const entry of formData.getAll("attachments")) {
      if (typeof entry === "string" || entry.size === 0) continue;
      files.push({ name: entry.name, size: entry.size, bytes: new Uint8Array(await entry.arrayBuffer()) });
    }
    const h = await headers();
    const address = h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
    const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000"}`;
    const result = await submitApplication(parsed.data, files, { address, origin });
    after(() => deliverPending().catch((e: unknown) => console.error("[mail]", e)));
    return { ok: true, data: result };
  });
}
