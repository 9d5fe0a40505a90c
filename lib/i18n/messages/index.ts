import type { Locale } from "../config";
import { da } from "./da";
import { en } from "./en";
import type { Messages } from "./types";

export const catalogues: Record<Locale, Messages> = { da, en };
export type { Messages, MessageKey } from "./types";
