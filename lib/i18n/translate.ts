// The one translation layer: Danish first, English beside it. Keys are
// checked by TypeScript: a missing key does not compile.
import { da } from "./messages/da";
import { en } from "./messages/en";
import type { Messages } from "./messages/types";
import type { Locale } from "./format";

export const catalogues: Record<Locale, Messages> = { da, en };

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(locale: Locale): Translate {
  return (key, params) => interpolate(lookup(catalogues[locale], key) ?? lookup(catalogues.da, key) ?? key, params);
}
