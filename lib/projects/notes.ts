import "server-only";
import { translatorFor } from "@/lib/i18n/translator";
import type { Messages } from "@/lib/i18n/messages";

type Note = keyof Messages["projectEdit"]["notes"];

/**
 * A version's note ("Gemt i editoren") is a record: written once, in Danish,
 * from the catalogue, and shown as it was written in every language.
 */
export const versionNote = (note: Note, params: Record<string, string | number> = {}) =>
  translatorFor("da")(`projectEdit.notes.${note}`, params);
