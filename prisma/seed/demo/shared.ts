// What every part of the demo seed shares: the transaction it writes in, and kroner and dates written short.
import type { PrismaClient } from "../../../lib/generated/prisma/client";

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export const kr = (n: number) => BigInt(n * 100);
export const d = (s: string) => new Date(s);
