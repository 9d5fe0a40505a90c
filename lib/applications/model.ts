// Pure rules for applications: amounts as typed, attachments, deadlines.

/**
 * Kroner as people type them, to integer øre: "50.000", "50000", "50.000 kr.",
 * "kr. 50.000,50", "1.234,5", "DKK 2,500" is refused (ambiguous English). Returns
 * null for anything that is not a plain Danish amount.
 */
export function parseKroner(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/^kr\.?\s*/i, "")
    .replace(/\s*(kr\.?|,-)$/i, "")
    .replace(/\s/g, "");
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(cleaned)) return null;
  const [whole, frac = ""] = cleaned.replace(/\./g, "").split(",");
  const ore = Number(whole) * 100 + Number(frac.padEnd(2, "0") || 0);
  return Number.isSafeInteger(ore) ? ore : null;
}

export const attachmentLimits = { maxBytes: 10 * 1024 * 1024, maxFiles: 5 } as const;

/** The types an applicant may attach, as the file picker offers them. */
export const attachmentTypes = ["application/pdf", "image/png", "image/jpeg", "image/webp"] as const;

/**
 * What is wrong with the chosen files as the browser sees them (count, size,
 * the type the browser reports), or null. The server checks the bytes again.
 */
export function chosenFilesProblem(
  files: readonly { size: number; type: string }[],
): "apply.tooManyFiles" | "apply.fileTooLarge" | "apply.fileType" | null {
  if (files.length > attachmentLimits.maxFiles) return "apply.tooManyFiles";
  if (files.some((f) => f.size > attachmentLimits.maxBytes)) return "apply.fileTooLarge";
  if (files.some((f) => !(attachmentTypes as readonly string[]).includes(f.type))) return "apply.fileType";
  return null;
}

const signatures: { mime: string; test: (b: Uint8Array) => boolean }[] = [
  { mime: "application/pdf", test: (b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 },
  { mime: "image/png", test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { mime: "image/jpeg", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    mime: "image/webp",
    test: (b) => b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45,
  },
];

/** The file's real type from its first bytes (never the name or the browser's word), or an error key. */
export function checkAttachment(
  size: number,
  head: Uint8Array,
): { ok: true; mime: string } | { ok: false; error: "apply.fileTooLarge" | "apply.fileType" | "apply.fileEmpty" } {
  if (size === 0) return { ok: false, error: "apply.fileEmpty" };
  if (size > attachmentLimits.maxBytes) return { ok: false, error: "apply.fileTooLarge" };
  const match = signatures.find((s) => s.test(head));
  return match ? { ok: true, mime: match.mime } : { ok: false, error: "apply.fileType" };
}

export function isOpen(call: { status: string; opensAt: Date | null; deadline: Date | null }, now: Date): boolean {
  if (call.status !== "PUBLISHED") return false;
  if (call.opensAt && call.opensAt > now) return false;
  return !call.deadline || call.deadline > now;
}

/** "NLU-2026-007": a prefix per committee, the year and a running number. */
export function formatReference(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(3, "0")}`;
}
